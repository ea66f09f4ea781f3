package com.csdesk.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.StockLine;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DeskIntegrationTest
class ProductApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProductManagement products;

    @Test
    void storefrontCreatesAndUpdatesProducts() throws Exception {
        String sku = "DR-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "法式碎花连衣裙", "listPrice": 299.00, "weightKg": 0.45, "stock": 12,
                                 "specialPrice": false, "kind": "IN_STOCK", "style": "DR101",
                                 "attributes": {"colour": "米白", "size": "M"}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.listPrice").value(299.0))
                .andExpect(jsonPath("$.available").value(12))
                .andExpect(jsonPath("$.attributes.size").value("M"));
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "法式碎花连衣裙", "listPrice": 259.5, "weightKg": 0.45, "stock": 3,
                                 "specialPrice": true, "kind": "PURCHASE_AGENT"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialPrice").value(true))
                .andExpect(jsonPath("$.kind").value("PURCHASE_AGENT"))
                .andExpect(jsonPath("$.style").value(sku));
        mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY))
                .andExpect(jsonPath("$.listPrice").value(259.5))
                .andExpect(jsonPath("$.stock").value(3));
    }

    @Test
    void invalidProductsAreRefusedWithTheirFields() throws Exception {
        mvc.perform(put("/api/storefront/v1/products/{sku}", "BAD-1").header("X-Api-Key", MemberApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "", "listPrice": -1, "weightKg": 0.1, "stock": -2, "kind": "IN_STOCK"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("listPrice")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("stock")));
        mvc.perform(put("/api/storefront/v1/products/{sku}", "BAD-2").header("X-Api-Key", MemberApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "x", "listPrice": 1.234, "weightKg": 0.1, "stock": 1, "kind": "GIFT"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/storefront/v1/products/{sku}", "bad sku!").header("X-Api-Key", MemberApiTests.KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "x", "listPrice": 1, "weightKg": 0.1, "stock": 1, "kind": "IN_STOCK"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/storefront/v1/products/{sku}", "BAD-1").header("X-Api-Key", MemberApiTests.KEY))
                .andExpect(status().isNotFound());
    }

    @Test
    void stockCannotGoBelowWhatIsReservedForUnshippedOrders() throws Exception {
        String sku = "DR-" + UUID.randomUUID().toString().substring(0, 8);
        save(sku, "299.00", 10).andExpect(status().isCreated());
        products.reserve(List.of(new StockLine(sku, 5)));
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body("299.00", 1)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:stock-below-reserved"))
                .andExpect(jsonPath("$.detail", containsString("5 reserved")))
                .andExpect(jsonPath("$.detail", containsString("stock of 1")));
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(body("299.00", 4)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已预留 5 件")))
                .andExpect(jsonPath("$.detail", containsString("4 件")));
        mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY))
                .andExpect(jsonPath("$.stock").value(10))
                .andExpect(jsonPath("$.reserved").value(5))
                .andExpect(jsonPath("$.available").value(5));
        // down to exactly what is reserved is fine: nothing left to sell
        save(sku, "299.00", 5).andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(0));
    }

    @Test
    void aListPriceNoOrderCouldHoldIsRefused() throws Exception {
        String sku = "DR-" + UUID.randomUUID().toString().substring(0, 8);
        for (String price : new String[] {"9999999999.99", "100000.01", "1e12"}) {
            save(sku, price, 1)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("listPrice")));
        }
        mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY))
                .andExpect(status().isNotFound());
        save(sku, "100000.00", 1).andExpect(status().isCreated())
                .andExpect(jsonPath("$.listPrice").value(100000.0));
    }

    static String body(String listPrice, int stock) {
        return """
                {"name": "法式碎花连衣裙", "listPrice": %s, "weightKg": 0.45, "stock": %d, "kind": "IN_STOCK"}"""
                .formatted(listPrice, stock);
    }

    ResultActions save(String sku, String listPrice, int stock) throws Exception {
        return mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", MemberApiTests.KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body(listPrice, stock)));
    }
}
