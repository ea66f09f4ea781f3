package com.csdesk.aftersales;

import static com.csdesk.aftersales.AfterSalesFixture.storefront;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.Receiver;
import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Money on after-sales tickets through the API: the price difference (补差价) is taken once per
 * payment id and only while the approved exchange waits for it; amounts carry at most two decimals;
 * malformed request lines are refused as input, not failed on.
 */
@DeskIntegrationTest
class AfterSalesMoneyApiTests extends AfterSalesTest {

    String small;
    String larger;

    @BeforeEach
    void dresses() {
        // a custom-made dress whose M costs 20 more than the S: exchanging S for M owes 20
        small = shop.product("PD", "S", ProductKind.CUSTOM_MADE, 400, 5);
        larger = shop.product("PD", "M", ProductKind.CUSTOM_MADE, 420, 5);
    }

    String exchange(OrderView order) throws Exception {
        var result = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "EXCHANGE", "reason": "SIZE", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                        .formatted(small, larger)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priceDifference").value(20.0))
                .andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.ticketNo");
    }

    ResultActions payDifference(String ticket, String amount, String paymentId) throws Exception {
        return mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/price-difference", ticket)
                .content("{\"amount\": " + amount + ", \"paymentId\": \"" + paymentId + "\"}"));
    }

    int paymentsRecorded(String ticket) {
        return jdbc.sql("""
                select count(*) from aftersales.ticket_event e join aftersales.ticket t on t.id = e.ticket_id
                where t.ticket_no = ? and e.action = 'price-difference-paid'""").param(ticket).query(Integer.class).single();
    }

    ResultActions toRefund() throws Exception {
        return mvc.perform(get("/api/desk/v1/payments/to-refund").param("limit", "1000").with(httpBasic("admin", "demo")));
    }

    ResultActions refunded(String paymentId, String user) throws Exception {
        return mvc.perform(post("/api/desk/v1/payments/{p}/refunded", paymentId).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reference\": \"alipay-refund-" + paymentId + "\"}"));
    }

    /** An exchange of the order's dress, approved, its price difference paid with {@code payment}. */
    String approvedAndPaid(OrderView order, String payment) throws Exception {
        String ticket = exchange(order);
        act(ticket, "approve", "{}").andExpect(status().isOk());
        payDifference(ticket, "20", payment).andExpect(status().isOk());
        return ticket;
    }

    ResultActions deskPage(String ticket) throws Exception {
        return mvc.perform(get("/desk/after-sales/{t}", ticket).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isOk());
    }

    @Test
    void aPaidDifferenceOfAnExchangeNotMadeGoesBackThroughFinanceOnce() throws Exception {
        OrderView order = shop.received(small, 1);
        String payment = "pd-back-" + shop.suffix;
        String ticket = approvedAndPaid(order, payment);
        // while the exchange goes on the shop keeps the difference
        toRefund().andExpect(status().isOk()).andExpect(jsonPath("$[*].paymentId", not(hasItem(payment))));
        refunded(payment, "admin").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-kept"));

        // the returned dress fails inspection: no exchange, and the difference is the buyer's again
        act(ticket, "return-address", "{}").andExpect(status().isOk());
        act(ticket, "receive", "{\"resalable\": false}").andExpect(status().isOk());
        act(ticket, "close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        toRefund().andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.paymentId == '" + payment + "')].kind").value(hasItem("EXCHANGE_NOT_MADE")))
                .andExpect(jsonPath("$[?(@.paymentId == '" + payment + "')].ticketNo").value(hasItem(ticket)))
                .andExpect(jsonPath("$[?(@.paymentId == '" + payment + "')].orderNo").value(hasItem(order.orderNo())))
                .andExpect(jsonPath("$[?(@.paymentId == '" + payment + "')].amount").value(hasItem(20.0)));

        // the ticket says so: in the API and on the desk page
        mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.priceDifferenceBack.dueAt").isNotEmpty())
                .andExpect(jsonPath("$.priceDifferenceBack.refundedAt").isEmpty());
        deskPage(ticket).andExpect(content().string(containsString("换货未成,待财务退还")));
        mvc.perform(get("/api/storefront/v1/after-sales/{t}", ticket).header("X-Api-Key", AfterSalesFixture.KEY))
                .andExpect(jsonPath("$.priceDifferenceGoesBack").value(true))
                .andExpect(jsonPath("$.priceDifferenceGivenBackAt").isEmpty());

        refunded(payment, "aftersales").andExpect(status().isForbidden());
        refunded(payment, "admin").andExpect(status().isOk()).andExpect(jsonPath("$.refundedAt").isNotEmpty())
                .andExpect(jsonPath("$.kind").value("EXCHANGE_NOT_MADE"));
        refunded(payment, "admin").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-already-refunded"));
        toRefund().andExpect(jsonPath("$[*].paymentId", not(hasItem(payment))));
        deskPage(ticket).andExpect(content().string(containsString("换货未成,财务已退还")));
        assertThat(jdbc.sql("select count(*) from platform.audit_log where action = 'aftersales.price-difference-refunded' "
                + "and entity_id = ?").param(ticket).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReshippedExchangeKeepsItsDifference() throws Exception {
        String payment = "pd-kept-" + shop.suffix;
        String ticket = approvedAndPaid(shop.received(small, 1), payment);
        act(ticket, "return-address", "{}").andExpect(status().isOk());
        act(ticket, "receive", "{\"resalable\": true}").andExpect(status().isOk());
        act(ticket, "reship", "{}").andExpect(status().isOk());
        act(ticket, "close", "{}").andExpect(status().isOk());
        toRefund().andExpect(jsonPath("$[*].paymentId", not(hasItem(payment))));
        refunded(payment, "admin").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-kept"));
    }

    @Test
    void aPaymentIdPaysOnceAndTheSamePaymentAgainAnswersAsTheFirstTime() throws Exception {
        OrderView order = shop.received(small, 1);
        String orderPayment = order.payments().getFirst().paymentId();
        String ticket = exchange(order);
        act(ticket, "approve", "{}").andExpect(status().isOk());

        // the order's own payment cannot pay the difference as well
        payDifference(ticket, "20", orderPayment).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-id-reused"))
                .andExpect(jsonPath("$.detail").value("支付单号 " + orderPayment + " 已用于订单 " + order.orderNo()));

        String payment = "pd-" + shop.suffix;
        payDifference(ticket, "20", payment).andExpect(status().isOk())
                .andExpect(jsonPath("$.priceDifferencePaid").value(true))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        // the provider's repeated notification changes nothing and answers the same
        payDifference(ticket, "20.00", payment).andExpect(status().isOk())
                .andExpect(jsonPath("$.priceDifferencePaid").value(true))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        // the same payment id under another amount is not the same payment
        payDifference(ticket, "25", payment).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-id-reused"));
        // another payment for a difference already paid is refused
        payDifference(ticket, "20", payment + "-b").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:no-price-difference-due"));
        assertThat(paymentsRecorded(ticket)).isEqualTo(1);

        act(ticket, "return-address", "{}").andExpect(status().isOk());
        payDifference(ticket, "20", payment).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_RETURN"));
        assertThat(paymentsRecorded(ticket)).isEqualTo(1);

        // nor does it pay the difference of another ticket
        OrderView other = shop.received(small, 1);
        String second = exchange(other);
        act(second, "approve", "{}").andExpect(status().isOk());
        payDifference(second, "20", payment).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-id-reused"))
                .andExpect(jsonPath("$.detail").value("支付单号 " + payment + " 已用于售后工单 " + ticket));
        mvc.perform(get("/api/storefront/v1/after-sales/{t}", second).header("X-Api-Key", AfterSalesFixture.KEY))
                .andExpect(jsonPath("$.priceDifferencePaid").value(false));

        // and no order is paid with it
        OrderView unpaid = orders.place(new PlaceOrder(shop.nickname, null,
                List.of(new OrderLineRequest(small, 1)),
                new Receiver("张三", "13800000000", "上海市", "上海市", "浦东新区", "世纪大道1号"), null,
                false, false), null).order();
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/payments", unpaid.orderNo()).content(
                        "{\"paymentId\": \"" + payment + "\", \"method\": \"ALIPAY\", \"amount\": "
                                + unpaid.payable().amount().toPlainString() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:payment-id-reused"))
                .andExpect(jsonPath("$.detail", containsString(ticket)));
        assertThat(orders.get(unpaid.orderNo()).status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
    }

    @Test
    void thePriceDifferenceIsTakenOnlyOnceTheExchangeIsApproved() throws Exception {
        // still open: the agent may yet reject it, and the money would have no way back
        String open = exchange(shop.received(small, 1));
        payDifference(open, "20", "pd-open-" + shop.suffix).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-not-awaited"))
                .andExpect(jsonPath("$.detail").value("工单 " + open + " 状态为「待处理」:换货同意后才能补差价"));
        act(open, "reject", "{\"reason\": \"已无库存\"}").andExpect(status().isOk());
        payDifference(open, "20", "pd-open-" + shop.suffix).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-not-awaited"));
        mvc.perform(get("/api/storefront/v1/after-sales/{t}", open).header("X-Api-Key", AfterSalesFixture.KEY))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.priceDifferencePaid").value(false));

        // rejected by the policy at once (custom-made, past 48 hours)
        OrderView late = shop.received(small, 1);
        clock.advance(Duration.ofHours(49));
        String rejected = exchange(late);
        payDifference(rejected, "20", "pd-late-" + shop.suffix).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-not-awaited"));
        mvc.perform(post("/api/storefront/v1/after-sales/{t}/price-difference", rejected)
                        .header("X-Api-Key", AfterSalesFixture.KEY).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 20, \"paymentId\": \"pd-late-" + shop.suffix + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Ticket " + rejected
                        + " is rejected: the price difference is taken only once the exchange is approved"));
        assertThat(paymentsRecorded(open) + paymentsRecorded(rejected)).isZero();
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRefusedNotRounded() throws Exception {
        String sku = shop.product("DM", "M", ProductKind.IN_STOCK, 300, 5);
        OrderView order = shop.received(sku, 1);
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "REFUND_ONLY", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1, "refundAmount": 1.001}]}"""
                        .formatted(sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].refundAmount"));
        assertThat(afterSalesOf(order)).isZero();

        var created = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "REFUND_ONLY", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1, "refundAmount": 1.50}]}"""
                        .formatted(sku)))
                .andExpect(status().isCreated()).andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        act(ticket, "approve", "{}").andExpect(status().isOk());
        act(ticket, "refund", "{\"amount\": 1.005}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(orders.get(order.orderNo()).refundedAmount()).isEqualTo(Money.ZERO);
        act(ticket, "refund", "{\"amount\": 1.50}").andExpect(status().isOk())
                .andExpect(jsonPath("$.refundedAmount").value(1.5));

        String exchange = exchange(shop.received(small, 1));
        act(exchange, "approve", "{}").andExpect(status().isOk());
        payDifference(exchange, "19.999", "pd-dec-" + shop.suffix).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"));
        payDifference(exchange, "20.001", "pd-dec-" + shop.suffix).andExpect(status().isBadRequest());
        assertThat(paymentsRecorded(exchange)).isZero();
    }

    @Test
    void aMissingRequestLineIsInvalidInput() throws Exception {
        String sku = shop.product("NL", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo())
                        .content("{\"kind\": \"RETURN_REFUND\", \"reason\": \"NO_REASON\", \"lines\": [null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0]"));
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}, null]}"""
                        .formatted(sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:validation"));
        assertThat(afterSalesOf(order)).isZero();
    }

    int afterSalesOf(OrderView order) {
        return jdbc.sql("select count(*) from aftersales.ticket where order_no = ?").param(order.orderNo())
                .query(Integer.class).single();
    }
}
