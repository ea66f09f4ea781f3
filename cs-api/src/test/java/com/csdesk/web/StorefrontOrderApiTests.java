package com.csdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.orders.OrderManagement;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The storefront's order flow over HTTP: quote, place (idempotent), pay, ship, track, receipt. */
@DeskIntegrationTest
class StorefrontOrderApiTests {

    static final String KEY = MemberApiTests.KEY;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderManagement orders;

    /** A member and two products of its own: a regular one at 300 and a special-price one at 50. */
    record Shop(String member, String regular, String special) {
    }

    Shop shop(int stock) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Shop s = new Shop("buyer" + suffix, "R-" + suffix, "S-" + suffix);
        mvc.perform(put("/api/storefront/v1/members/{n}", s.member()).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"province\": \"上海\"}"))
                .andExpect(status().isCreated());
        product(s.regular(), "300", false, "IN_STOCK", stock);
        product(s.special(), "50", true, "PURCHASE_AGENT", stock);
        return s;
    }

    void product(String sku, String price, boolean special, String kind, int stock) throws Exception {
        mvc.perform(put("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "测试商品 %s", "listPrice": %s, "weightKg": 0.4, "stock": %d,
                                 "specialPrice": %s, "kind": "%s", "attributes": {"size": "M"}}"""
                                .formatted(sku, price, stock, special, kind)))
                .andExpect(status().isCreated());
    }

    ResultActions post(String path, String json, Object... vars) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path, vars)
                .header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The lines of a body: so many of the regular product and so many of the special-price one. */
    static String lines(Shop s, int regular, int special) {
        List<String> lines = new ArrayList<>();
        if (regular > 0) {
            lines.add("{\"sku\": \"%s\", \"quantity\": %d}".formatted(s.regular(), regular));
        }
        if (special > 0) {
            lines.add("{\"sku\": \"%s\", \"quantity\": %d}".formatted(s.special(), special));
        }
        return "[" + String.join(", ", lines) + "]";
    }

    static String orderBody(Shop s, String lines, String message) {
        return """
                {"member": "%s", "province": "上海", "lines": %s, "buyerMessage": "%s",
                 "address": {"receiver": "张三", "phone": "13800000000", "province": "上海市", "city": "上海市",
                             "district": "浦东新区", "detail": "世纪大道1号"}}""".formatted(s.member(), lines, message);
    }

    String place(Shop s, String lines) throws Exception {
        String body = post("/api/storefront/v1/orders", orderBody(s, lines, "尽快发货"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.orderNo");
    }

    ResultActions pay(String orderNo, String paymentId, String amount) throws Exception {
        return post("/api/storefront/v1/orders/{no}/payments",
                "{\"paymentId\": \"%s\", \"method\": \"ALIPAY\", \"amount\": %s}".formatted(paymentId, amount), orderNo);
    }

    @Test
    void aQuoteCarriesItsBreakdown() throws Exception {
        Shop s = shop(10);
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "上海市", "carrier": "ZTO", "lines": %s}""".formatted(s.member(), lines(s, 1, 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodsTotal").value(350.0))
                .andExpect(jsonPath("$.memberDiscount").value(0.0))
                .andExpect(jsonPath("$.shippingFee").value(6.0))
                .andExpect(jsonPath("$.shippingDeduction").value(0.0))
                .andExpect(jsonPath("$.payable").value(356.0))
                .andExpect(jsonPath("$.shippingRule").value("BELOW_THRESHOLD"))
                .andExpect(jsonPath("$.breakdown.specialPriceGoods").value(50.0))
                .andExpect(jsonPath("$.breakdown.brackets[0].rate").value(1.0))
                .andExpect(jsonPath("$.breakdown.shipping.carrier").value("ZTO"))
                .andExpect(jsonPath("$.breakdown.shipping.region").value("A"))
                .andExpect(jsonPath("$.breakdown.shipping.explanation.zh").isNotEmpty())
                .andExpect(content().string(containsString("\"payable\":356.00")));
        // 2 × 300 reaches region A's 500: free shipping on a single order
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "江苏", "lines": %s}""".formatted(s.member(), lines(s, 2, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shippingFee").value(0.0))
                .andExpect(jsonPath("$.shippingRule").value("FREE_SINGLE_ORDER"));
    }

    @Test
    void badQuotesAreProblemsNamingWhatIsWrong() throws Exception {
        Shop s = shop(10);
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "火星", "lines": %s}""".formatted(s.member(), lines(s, 1, 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unknown-province"))
                .andExpect(jsonPath("$.detail", containsString("火星")));
        post("/api/storefront/v1/orders/quote", """
                {"member": "nobody-%s", "province": "上海", "lines": %s}""".formatted(s.member(), lines(s, 1, 0)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("nobody-")));
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "上海", "lines": [{"sku": "NO-SUCH-SKU", "quantity": 1}]}""".formatted(s.member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unknown-sku"))
                .andExpect(jsonPath("$.detail", containsString("NO-SUCH-SKU")));
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "上海", "lines": [{"sku": "%s", "quantity": 0}]}""".formatted(s.member(), s.regular()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(containsString("quantity"))));
        // a quantity is a whole number as written: neither 1.5 nor "2"
        for (String quantity : List.of("1.5", "\"2\"")) {
            post("/api/storefront/v1/orders/quote", """
                    {"member": "%s", "province": "上海", "lines": [{"sku": "%s", "quantity": %s}]}"""
                    .formatted(s.member(), s.regular(), quantity))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                    .andExpect(jsonPath("$.detail", not(containsString("com.csdesk"))));
        }
        // the address of a quote is checked as an order's is
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "上海", "lines": [{"sku": "%s", "quantity": 1}],
                 "address": {"receiver": "小美", "phone": "13800000000", "province": "火星", "detail": "1号"}}"""
                .formatted(s.member(), s.regular()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("火星")));
        mvc.perform(MockMvcRequestBuilders.post("/api/storefront/v1/orders/quote").header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is missing."));
        post("/api/storefront/v1/orders/quote", "{\"member\": \"\", \"province\": \"上海\", \"lines\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("member")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lines")));
        post("/api/storefront/v1/orders/quote", "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(MockMvcRequestBuilders.post("/api/storefront/v1/orders/quote")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/storefront/v1/orders/{no}", "20990101000000").header("X-Api-Key", "wrong-key"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSameIdempotencyKeyNeverPlacesASecondOrder() throws Exception {
        Shop s = shop(10);
        String key = "idem-" + UUID.randomUUID();
        String body = orderBody(s, lines(s, 2, 1), "周末送货");
        String first = mvc.perform(MockMvcRequestBuilders
                        .post("/api/storefront/v1/orders").header("X-Api-Key", KEY).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING_PAYMENT"))
                .andExpect(jsonPath("$.payable").value(650.0))
                .andExpect(jsonPath("$.buyerMessage").value("周末送货"))
                .andExpect(jsonPath("$.breakdown.goodsTotal").value(650.0))
                .andReturn().getResponse().getContentAsString();
        String orderNo = JsonPath.read(first, "$.orderNo");
        mvc.perform(MockMvcRequestBuilders
                        .post("/api/storefront/v1/orders").header("X-Api-Key", KEY).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.orderNo").value(orderNo));
        mvc.perform(MockMvcRequestBuilders
                        .post("/api/storefront/v1/orders").header("X-Api-Key", KEY).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(s, lines(s, 1, 1), "周末送货")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.detail", containsString(orderNo)));
        assertThat(jdbc.sql("select count(*) from orders.sales_order where member_nickname = ?").param(s.member())
                .query(Long.class).single()).isEqualTo(1);
        // the in-stock goods are reserved once
        mvc.perform(get("/api/storefront/v1/products/{sku}", s.regular()).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.reserved").value(2))
                .andExpect(jsonPath("$.available").value(8));
        post("/api/storefront/v1/orders", orderBody(s, lines(s, 11, 0), ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:out-of-stock"));
        post("/api/storefront/v1/orders", orderBody(s, lines(s, 1, 0), "").replace("\"province\": \"上海\"", "\"province\": \"北京\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:province-mismatch"));
        post("/api/storefront/v1/orders", orderBody(s, lines(s, 1, 0), "").replace("上海市\", \"city", "月球\", \"city"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("月球")));
    }

    @Test
    void paymentsAreIdempotentAndDuplicatesAreRecorded() throws Exception {
        Shop s = shop(10);
        String orderNo = place(s, lines(s, 1, 1));
        String pid = "pay-" + UUID.randomUUID();
        pay(orderNo, "wrong-" + pid, "355.00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:wrong-amount"))
                .andExpect(jsonPath("$.detail", containsString("356.00")));
        pay(orderNo, pid, "356.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ACCEPTED"))
                .andExpect(jsonPath("$.order.status").value("PAID"))
                .andExpect(jsonPath("$.order.paidAmount").value(356.0));
        pay(orderNo, pid, "356.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ACCEPTED"))
                .andExpect(jsonPath("$.order.status").value("PAID"));
        // the same payment id with another amount is not a retry
        pay(orderNo, pid, "1.00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-id-reused"));
        pay(orderNo, "second-" + pid, "356.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        mvc.perform(get("/api/storefront/v1/orders/{no}", orderNo).header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payments.length()").value(3))
                .andExpect(jsonPath("$.payments[*].outcome", hasItem("REJECTED")))
                .andExpect(jsonPath("$.payments[*].outcome", hasItem("DUPLICATE")))
                .andExpect(jsonPath("$.paidAt").isNotEmpty());
        // finance gives back what the shop did not keep: the refused and the second payment, once each
        mvc.perform(get("/api/desk/v1/payments/to-refund").param("limit", "1000")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].paymentId", hasItem("second-" + pid)))
                .andExpect(jsonPath("$[*].paymentId", hasItem("wrong-" + pid)))
                .andExpect(jsonPath("$[*].paymentId", not(hasItem(pid))));
        refunded("second-" + pid, "admin").andExpect(status().isOk()).andExpect(jsonPath("$.refundedAt").isNotEmpty());
        refunded("second-" + pid, "admin").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-already-refunded"));
        refunded(pid, "admin").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-kept"));
        refunded("wrong-" + pid, "presales").andExpect(status().isForbidden());
        pay("20990101999999", "x-" + pid, "1.00").andExpect(status().isNotFound());
        post("/api/storefront/v1/orders/{no}/payments", "{\"paymentId\": \"p\", \"method\": \"BITCOIN\", \"amount\": 1}", orderNo)
                .andExpect(status().isBadRequest());
        pay(orderNo, "cents-" + pid, "356.001").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
    }

    @Test
    void aClosedOrderCannotBePaid() throws Exception {
        Shop s = shop(10);
        String orderNo = place(s, lines(s, 1, 0));
        orders.closeByBuyer(orderNo, "不想要了");
        pay(orderNo, "late-" + UUID.randomUUID(), "306.00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:order-closed"));
        mvc.perform(get("/api/storefront/v1/orders/{no}", orderNo).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.payments[0].outcome").value("REJECTED"));
    }

    @Test
    void payingRaisesCumulativeSpendAndTheNextQuoteUsesIt() throws Exception {
        Shop s = shop(40);
        // 33 × 300 = 9,900 from nothing: 1,000 at 100% and 8,900 at 95%; free shipping in region A
        String orderNo = place(s, "[{\"sku\": \"%s\", \"quantity\": 33}]".formatted(s.regular()));
        pay(orderNo, "big-" + UUID.randomUUID(), "9455.00").andExpect(status().isOk());
        mvc.perform(get("/api/storefront/v1/members/{n}", s.member()).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.cumulativeSpend").value(9900.0))
                .andExpect(jsonPath("$.tier").value("JUNIOR"));
        // DOMAIN 1.1's worked example: 100 at 95% and 200 at 94%, the special-price item in full
        post("/api/storefront/v1/orders/quote", """
                {"member": "%s", "province": "上海", "lines": %s}""".formatted(s.member(), lines(s, 1, 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodsPayable").value(333.0))
                .andExpect(jsonPath("$.memberDiscount").value(17.0))
                .andExpect(jsonPath("$.breakdown.brackets.length()").value(2))
                .andExpect(jsonPath("$.breakdown.cumulativeSpendAfter").value(10250.0));
    }

    @Test
    void partialShipmentThenTheRestShipsTrackingAndReceiptComplete() throws Exception {
        Shop s = shop(10);
        String orderNo = place(s, lines(s, 2, 1));
        String w1 = "ZT" + UUID.randomUUID().toString().substring(0, 10);
        String w2 = "ZT" + UUID.randomUUID().toString().substring(0, 10);
        post("/api/storefront/v1/orders/{no}/shipments", "{\"carrier\": \"ZTO\", \"waybillNo\": \"%s\"}".formatted(w1), orderNo)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"))
                .andExpect(jsonPath("$.detail", containsString("cannot ship")));
        pay(orderNo, "p-" + UUID.randomUUID(), "650.00").andExpect(status().isOk());
        post("/api/storefront/v1/orders/{no}/receipt", "", orderNo)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is PAID; cannot complete")));
        post("/api/storefront/v1/orders/{no}/shipments", """
                {"carrier": "ZTO", "waybillNo": "%s", "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(w1, s.regular()), orderNo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.shipments.length()").value(1))
                .andExpect(jsonPath("$.lines[0].shippedQuantity").value(2))
                .andExpect(jsonPath("$.lines[1].shippedQuantity").value(0));
        // the same notification again is a retry; the same waybill with another carrier or other goods is not
        post("/api/storefront/v1/orders/{no}/shipments", """
                {"carrier": "ZTO", "waybillNo": "%s", "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(w1, s.regular()), orderNo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shipments.length()").value(1));
        post("/api/storefront/v1/orders/{no}/shipments", """
                {"carrier": "SF", "waybillNo": "%s", "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(w1, s.regular()), orderNo)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:waybill-reused"));
        post("/api/storefront/v1/orders/{no}/shipments", """
                {"carrier": "ZTO", "waybillNo": "%s", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(w1, s.special()), orderNo)
                .andExpect(status().isConflict());
        post("/api/storefront/v1/orders/{no}/shipments", "{\"carrier\": \"ZTO\", \"waybillNo\": \"%s\"}".formatted(w2), orderNo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.shippedAt").isNotEmpty())
                .andExpect(jsonPath("$.shipments[1].lines[0].sku").value(s.special()));
        post("/api/storefront/v1/orders/{no}/shipments", "{\"carrier\": \"到付\", \"waybillNo\": \"X1234567\"}", orderNo)
                .andExpect(status().isConflict());
        post("/api/storefront/v1/shipments/{w}/events", """
                {"kind": "PICKED_UP", "at": "2026-01-02T08:00:00Z", "location": "上海"}""", w1)
                .andExpect(status().isOk());
        post("/api/storefront/v1/shipments/{w}/events", """
                {"kind": "DELIVERED", "at": "2026-01-03T08:00:00Z", "location": "上海浦东"}""", w1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shipments[0].events.length()").value(2))
                .andExpect(jsonPath("$.shipments[0].events[1].kind").value("DELIVERED"))
                .andExpect(jsonPath("$.shipments[0].deliveredAt").value("2026-01-03T08:00:00Z"));
        post("/api/storefront/v1/shipments/{w}/events", "{\"kind\": \"DELIVERED\", \"at\": \"2026-01-03T08:00:00Z\"}", w1)
                .andExpect(jsonPath("$.shipments[0].events.length()").value(2));
        post("/api/storefront/v1/shipments/{w}/events", "{\"kind\": \"LOST\", \"at\": \"2026-01-03T08:00:00Z\"}", "NOPE0000")
                .andExpect(status().isNotFound());
        post("/api/storefront/v1/shipments/{w}/events", "{\"kind\": \"EATEN\", \"at\": \"2026-01-03T08:00:00Z\"}", w1)
                .andExpect(status().isBadRequest());
        // a scan has happened: not in the future, not in a year no database holds
        post("/api/storefront/v1/shipments/{w}/events", "{\"kind\": \"IN_TRANSIT\", \"at\": \"2099-01-01T00:00:00Z\"}", w1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:time-in-future"));
        post("/api/storefront/v1/shipments/{w}/events", "{\"kind\": \"IN_TRANSIT\", \"at\": \"+999999999-12-31T23:59:59Z\"}", w1)
                .andExpect(status().isBadRequest());
        post("/api/storefront/v1/orders/{no}/receipt", "", orderNo)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedAt").isNotEmpty());
        post("/api/storefront/v1/orders/{no}/receipt", "", orderNo)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is COMPLETED; cannot complete")));
        mvc.perform(get("/api/storefront/v1/products/{sku}", s.regular()).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.stock").value(8))
                .andExpect(jsonPath("$.reserved").value(0));
    }

    @Test
    void pingAnswersOnlyWithAKey() throws Exception {
        mvc.perform(get("/api/storefront/v1/ping").header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ok"));
        mvc.perform(get("/api/storefront/v1/ping")).andExpect(status().isUnauthorized());
    }

    @Test
    void ordersRacingForTheLastStockNeverOversellIt() throws Exception {
        Shop s = shop(6);
        String other = "O-" + UUID.randomUUID().toString().substring(0, 8);
        product(other, "80", false, "IN_STOCK", 6);
        // sixteen orders at once for one of each product, half naming them in the other order
        String ab = "[{\"sku\": \"%s\", \"quantity\": 1}, {\"sku\": \"%s\", \"quantity\": 1}]".formatted(s.regular(), other);
        String ba = "[{\"sku\": \"%s\", \"quantity\": 1}, {\"sku\": \"%s\", \"quantity\": 1}]".formatted(other, s.regular());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                String body = orderBody(s, i % 2 == 0 ? ab : ba, "抢购");
                answers.add(threads.submit(() -> {
                    start.await();
                    return post("/api/storefront/v1/orders", body).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(c -> c == 201).hasSize(6);
            assertThat(statuses).filteredOn(c -> c == 409).hasSize(10);
        }
        for (String sku : List.of(s.regular(), other)) {
            mvc.perform(get("/api/storefront/v1/products/{sku}", sku).header("X-Api-Key", KEY))
                    .andExpect(jsonPath("$.stock").value(6))
                    .andExpect(jsonPath("$.reserved").value(6));
        }
    }

    private ResultActions refunded(String paymentId, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/desk/v1/payments/{p}/refunded", paymentId)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reference\": \"ALIPAY-R-1\"}"));
    }
}
