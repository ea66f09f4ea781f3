package com.csdesk.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;

import com.csdesk.DeskIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DeskIntegrationTest
class ProductApiTests {

    @Autowired
    MockMvc mvc;

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
}
