package com.csdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.Tier;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.Money;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Order history import: kept times and statuses, members and products created, spend, idempotency, report. */
@DeskIntegrationTest
class OrderImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsHistoryOnceAndReportsEveryLine() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String buyer = "历史买家" + id;
        String sku = "HIST-" + id;
        String file = String.join("\n",
                // completed: 2 × 600 + 300 goods, 10 shipping
                order("H1-" + id, buyer, "COMPLETED", "\"paidAt\": \"2025-03-01T10:05:00+08:00\", "
                        + "\"shippedAt\": \"2025-03-02T09:00:00+08:00\", \"completedAt\": \"2025-03-09T09:00:00+08:00\"",
                        "[{\"sku\": \"" + sku + "\", \"quantity\": 2, \"unitPrice\": 600}, "
                                + "{\"sku\": \"" + sku + "-B\", \"quantity\": 1, \"unitPrice\": 300}]", "10", "0"),
                // paid, 100 of 9,000 refunded
                order("H2-" + id, buyer, "PAID", "\"paidAt\": \"2025-04-01T10:05:00+08:00\"",
                        "[{\"sku\": \"" + sku + "\", \"quantity\": 15, \"unitPrice\": 600}]", "0", "100"),
                // fully refunded and closed: no spend
                order("H3-" + id, buyer, "CLOSED", "\"paidAt\": \"2025-05-01T10:05:00+08:00\", "
                        + "\"closedAt\": \"2025-05-03T10:00:00+08:00\"",
                        "[{\"sku\": \"" + sku + "\", \"quantity\": 1, \"unitPrice\": 600}]", "0", "600"),
                "",
                "{not json",
                order("H4-" + id, buyer, "PAID", "\"closedAt\": null",
                        "[{\"sku\": \"" + sku + "\", \"quantity\": 1, \"unitPrice\": 600}]", "0", "0"),
                // the same order twice in one file: imported once
                order("H1-" + id, buyer, "WAITING_PAYMENT", "\"paidAt\": null",
                        "[{\"sku\": \"" + sku + "\", \"quantity\": 1, \"unitPrice\": 1}]", "0", "0"));

        String report = importFile(file);
        List<String> lines = report.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.stream().limit(6).map(l -> JsonPath.<String>read(l, "$.outcome")).toList())
                .containsExactly("IMPORTED", "IMPORTED", "IMPORTED", "REJECTED", "REJECTED", "ALREADY_IMPORTED");
        assertThat(JsonPath.<Integer>read(lines.get(3), "$.line")).isEqualTo(5);
        assertThat(JsonPath.<String>read(lines.get(3), "$.code")).isEqualTo("invalid-json");
        assertThat(JsonPath.<String>read(lines.get(4), "$.reason")).contains("paidAt");
        assertThat(JsonPath.<Integer>read(lines.get(6), "$.summary.imported")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(lines.get(6), "$.summary.rejected")).isEqualTo(2);

        // 1,500 + (9,000 - 100); the closed order counts nothing
        assertThat(members.spend(buyer).cumulativeSpend()).isEqualTo(Money.of(10_400));
        assertThat(members.spend(buyer).tier()).isEqualTo(Tier.MIDDLE);
        assertThat(products.get(sku + "-B").listPrice()).isEqualTo(Money.of(300));
        var kept = jdbc.sql("select status, paid_at::text, shipping_fee, refunded_goods_amount from orders.sales_order where order_no = ?")
                .param("H1-" + id).query((rs, n) -> List.of(rs.getString(1), rs.getString(3))).single();
        assertThat(kept).containsExactly("COMPLETED", "10.00");
        assertThat(jdbc.sql("select count(*) from orders.order_line l join orders.sales_order o on o.id = l.order_id where o.order_no = ?")
                .param("H1-" + id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select paid_at from orders.sales_order where order_no = ?").param("H2-" + id)
                .query(java.time.Instant.class).single()).isEqualTo(java.time.Instant.parse("2025-04-01T02:05:00Z"));

        // a re-import changes nothing
        String again = importFile(file);
        assertThat(again.lines().limit(6).map(l -> JsonPath.<String>read(l, "$.outcome")).toList())
                .containsExactly("ALREADY_IMPORTED", "ALREADY_IMPORTED", "ALREADY_IMPORTED", "REJECTED", "REJECTED",
                        "ALREADY_IMPORTED");
        assertThat(members.spend(buyer).cumulativeSpend()).isEqualTo(Money.of(10_400));
    }

    @Test
    void onlyRejectedLinesWhenAsked() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String file = order("R1-" + id, "导入" + id, "PAID", "\"paidAt\": \"2025-03-01T10:05:00+08:00\"",
                "[{\"sku\": \"R-" + id + "\", \"quantity\": 1, \"unitPrice\": 5}]", "0", "0") + "\n"
                + order("R2-" + id, "导入" + id, "PAID", "\"paidAt\": \"2025-03-01T10:05:00+08:00\"", "[]", "0", "0");
        String report = mvc.perform(post("/api/ops/v1/import/orders?report=rejected").with(httpBasic("admin", "demo"))
                        .contentType("application/x-ndjson").content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = report.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JsonPath.<String>read(lines.get(0), "$.orderNo")).isEqualTo("R2-" + id);
        assertThat(JsonPath.<Integer>read(lines.get(1), "$.summary.imported")).isEqualTo(1);
    }

    @Test
    void aLineTheDatabaseRefusesCostsOnlyItself() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        // a NUL passes the line's checks and is refused by PostgreSQL: that line is rejected, its batch imported
        String file = order("N1-" + id, "导入" + id, "PAID", "\"paidAt\": \"2025-03-01T10:05:00+08:00\"",
                "[{\"sku\": \"N-" + id + "\", \"quantity\": 1, \"unitPrice\": 5}]", "0", "0") + "\n"
                + order("N2-" + id, "坏\\u0000名" + id, "PAID", "\"paidAt\": \"2025-03-01T10:05:00+08:00\"",
                "[{\"sku\": \"N-" + id + "\", \"quantity\": 1, \"unitPrice\": 5}]", "0", "0") + "\n"
                + order("N3-" + id, "导入" + id, "PAID", "\"paidAt\": \"2099-03-01T10:05:00+08:00\"",
                "[{\"sku\": \"N-" + id + "\", \"quantity\": 1, \"unitPrice\": 5}]", "0", "0");
        List<String> lines = importFile(file).lines().toList();
        assertThat(lines.stream().limit(3).map(l -> JsonPath.<String>read(l, "$.outcome")).toList())
                .containsExactly("IMPORTED", "REJECTED", "REJECTED");
        assertThat(JsonPath.<String>read(lines.get(1), "$.code")).isEqualTo("refused-by-database");
        assertThat(JsonPath.<String>read(lines.get(2), "$.reason")).contains("paidAt");
        assertThat(members.spend("导入" + id).cumulativeSpend()).isEqualTo(Money.of(5));
    }

    @Test
    void importedOrdersWorkOnTheDeskAndTheStorefront() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String file = order("D1-" + id, "导入" + id, "PAID", "\"paidAt\": \"2025-03-01T10:05:00+08:00\"",
                "[{\"sku\": \"D-" + id + "\", \"quantity\": 1, \"unitPrice\": 76}]", "0", "0") + "\n"
                + order("D2-" + id, "导入" + id, "WAITING_PAYMENT", "\"paidAt\": null",
                "[{\"sku\": \"D-" + id + "\", \"quantity\": 2, \"unitPrice\": 76}]", "8", "0");
        importFile(file);
        // no price breakdown: the desk says so instead of failing
        mvc.perform(get("/api/desk/v1/orders/{no}", "D1-" + id).with(httpBasic("supervisor", "demo"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breakdown").doesNotExist())
                .andExpect(jsonPath("$.shippingExplanation").value(org.hamcrest.Matchers.containsString("导入")));
        mvc.perform(get("/desk/orders/{no}", "D1-" + id).with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/desk/v1/orders/{no}/notes", "D1-" + id).with(httpBasic("presales", "demo"))
                        .contentType("application/json").content("{\"text\": \"历史订单\", \"reservedGoods\": false}"))
                .andExpect(status().is2xxSuccessful());
        // the storefront ships the imported paid order and takes the imported unpaid order's payment
        mvc.perform(post("/api/storefront/v1/orders/{no}/shipments", "D1-" + id).header("X-Api-Key", "demo-storefront-key")
                        .contentType("application/json").content("{\"carrier\": \"ZTO\", \"waybillNo\": \"W" + id + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SHIPPED"));
        mvc.perform(post("/api/storefront/v1/orders/{no}/payments", "D2-" + id).header("X-Api-Key", "demo-storefront-key")
                        .contentType("application/json")
                        .content("{\"paymentId\": \"P" + id + "\", \"method\": \"ALIPAY\", \"amount\": 160.00}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.order.status").value("PAID"));
    }

    @Test
    void onlyAdminsImport() throws Exception {
        mvc.perform(post("/api/ops/v1/import/orders").with(httpBasic("supervisor", "demo"))
                .contentType("application/x-ndjson").content("{}")).andExpect(status().isForbidden());
    }

    private String importFile(String file) throws Exception {
        return mvc.perform(post("/api/ops/v1/import/orders").with(httpBasic("admin", "demo"))
                        .contentType("application/x-ndjson").content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String order(String orderNo, String member, String status, String times, String lines,
            String shippingFee, String refunded) {
        return "{\"orderNo\": \"" + orderNo + "\", \"member\": \"" + member + "\", "
                + "\"createdAt\": \"2025-03-01T10:00:00+08:00\", " + times + ", \"status\": \"" + status + "\", "
                + "\"province\": \"浙江\", \"lines\": " + lines + ", \"shippingFee\": " + shippingFee
                + ", \"refundedAmount\": " + refunded + "}";
    }
}
