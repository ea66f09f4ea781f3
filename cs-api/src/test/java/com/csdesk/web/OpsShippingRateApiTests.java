package com.csdesk.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.orders.ShippingRates;
import com.csdesk.orders.pricing.RateTable;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Ops edit the shipping rate table; quotes use it at once; every change is audited. */
@DeskIntegrationTest
class OpsShippingRateApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShippingRates rates;

    @Test
    void adminsEditTheRateTableAndTheNextQuoteUsesIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String member = "rates" + suffix;
        String sku = "RT-" + suffix;
        mvc.perform(put("/api/storefront/v1/members/{n}", member).header("X-Api-Key", MemberApiTests.KEY)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isCreated());
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "口红", "listPrice": 99, "weightKg": 0.05, "stock": 5, "kind": "IN_STOCK"}"""))
                .andExpect(status().isCreated());
        String quote = """
                {"member": "%s", "province": "浙江", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(member, sku);
        try {
            mvc.perform(get("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(12))
                    .andExpect(jsonPath("$[?(@.carrier == 'ZTO' && @.region == 'A')].firstKgFee", hasItem(6.0)));
            quote(quote).andExpect(jsonPath("$.shippingFee").value(6.0));
            mvc.perform(put("/api/ops/v1/shipping-rates/ZTO/A").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"firstKgFee\": 7.50, \"additionalKgFee\": 0}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.carrier == 'ZTO' && @.region == 'A')].firstKgFee", hasItem(7.5)));
            quote(quote).andExpect(jsonPath("$.shippingFee").value(7.5)).andExpect(jsonPath("$.payable").value(106.5));
            mvc.perform(get("/api/ops/v1/audit").param("entityType", "shipping-rate-table").param("entityId", "current")
                            .with(httpBasic("admin", "demo")))
                    .andExpect(jsonPath("$[0].action").value("shipping-rates.changed"))
                    .andExpect(jsonPath("$[0].actor").value("admin"));
            // a table without ZTO to region A: ZTO is then not offered there
            mvc.perform(put("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    [{"carrier": "SF", "region": "A", "firstKgFee": 12, "additionalKgFee": 2}]"""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1));
            quote(quote).andExpect(status().is4xxClientError());
        } finally {
            rates.replace(RateTable.defaults());
        }
        quote(quote).andExpect(jsonPath("$.shippingFee").value(6.0));
    }

    @Test
    void invalidTablesAreRefusedAndOnlyAdminsEdit() throws Exception {
        mvc.perform(put("/api/ops/v1/shipping-rates/ZTO/A").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstKgFee\": -1, \"additionalKgFee\": 0.001}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("firstKgFee")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("additionalKgFee")));
        mvc.perform(put("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"carrier": "COD", "region": "A", "firstKgFee": 5, "additionalKgFee": 0}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invalid-rate-table"));
        mvc.perform(put("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"carrier": "SF", "region": "A", "firstKgFee": 5, "additionalKgFee": 0},
                                 {"carrier": "SF", "region": "A", "firstKgFee": 6, "additionalKgFee": 0}]"""))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/ops/v1/shipping-rates/ZTO/MARS").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstKgFee\": 1, \"additionalKgFee\": 0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/shipping-rates").with(httpBasic("supervisor", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/ops/v1/shipping-rates/ZTO/A").with(httpBasic("presales", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstKgFee\": 1, \"additionalKgFee\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/ops/v1/shipping-rates").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.length()").value(12));
    }

    private org.springframework.test.web.servlet.ResultActions quote(String body) throws Exception {
        return mvc.perform(post("/api/storefront/v1/orders/quote").header("X-Api-Key", MemberApiTests.KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
