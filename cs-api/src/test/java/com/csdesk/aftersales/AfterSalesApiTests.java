package com.csdesk.aftersales;

import static com.csdesk.aftersales.AfterSalesFixture.desk;
import static com.csdesk.aftersales.AfterSalesFixture.storefront;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.aftersales.internal.SlaBreachJob;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import com.csdesk.staff.Department;
import com.csdesk.staff.NewStaffMember;
import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After-sales end to end: each kind from request to closing, refunds, the order, the member, stock, SLA, roles. */
@DeskIntegrationTest
class AfterSalesApiTests extends AfterSalesTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    SlaBreachJob slaJob;

    @Test
    void customMadeExchangeFromRequestToReshipmentAndRating() throws Exception {
        String s = shop.product("CM", "S", ProductKind.CUSTOM_MADE, 400, 5);
        String m = shop.product("CM", "M", ProductKind.CUSTOM_MADE, 400, 3);
        OrderView order = shop.received(s, 1);
        clock.advance(Duration.ofHours(30));
        String body = """
                {"kind": "EXCHANGE", "reason": "SIZE", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}],
                 "description": "偏小"}""".formatted(s, m);
        var created = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.shippingPaidBy").value("BUYER"))
                .andExpect(jsonPath("$.checks[*].rule", hasItem("CUSTOM_MADE_WINDOW")))
                .andExpect(jsonPath("$.checks[?(@.rule == 'CUSTOM_MADE_WINDOW')].passed").value(true))
                .andExpect(jsonPath("$.checks[?(@.rule == 'CUSTOM_MADE_WINDOW')].detail").value("签收 30 小时 ≤ 48 小时 ✓"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'FIRST_EXCHANGE')].passed").value(true))
                .andExpect(jsonPath("$.checks[?(@.rule == 'RESALABLE')].passed").value(org.hamcrest.Matchers.contains((Object) null)))
                .andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        assertThat(orders.get(order.orderNo()).openAfterSales()).isEqualTo(1);

        act("aftersales", ticket, "receive", "{\"resalable\": true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-ticket-move"));
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.assignee").value("aftersales"))
                .andExpect(jsonPath("$.firstResponseAt").isNotEmpty());
        assertThat(products.get(m).reserved()).isEqualTo(1);
        assertThat(orders.get(order.orderNo()).notes()).anySatisfy(n ->
                assertThat(n.display()).startsWith("S退回换M码,退回商品未收到 (aftersales, "));
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_RETURN"));
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/return-shipment", ticket)
                        .content("{\"carrier\": \"ZTO\", \"waybill\": \"ZT900001\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.returnWaybill").value("ZT900001"))
                .andExpect(jsonPath("$.returnAddress", containsString("仓储中心")));
        int stockBefore = products.get(s).stock();
        act("aftersales", ticket, "receive", "{\"resalable\": true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'RESALABLE')].passed").value(true));
        assertThat(products.get(s).stock()).isEqualTo(stockBefore + 1); // the resalable return is back in stock
        act("aftersales", ticket, "reship", "{\"waybill\": \"ZT900002\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESHIPPED"));
        assertThat(products.get(m).stock()).isEqualTo(2);
        assertThat(products.get(m).reserved()).isZero();
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/satisfaction", ticket).content("{\"score\": 5}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csdesk:problem:ticket-not-closed"));
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(orders.get(order.orderNo()).openAfterSales()).isZero();
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/satisfaction", ticket)
                        .content("{\"score\": 5, \"comment\": \"很快\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.satisfactionScore").value(5));
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/satisfaction", ticket).content("{\"score\": 4}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csdesk:problem:already-rated"));
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/satisfaction", ticket).content("{\"score\": 6}"))
                .andExpect(status().isBadRequest());

        // a second exchange of the custom-made line is refused, and still recorded
        String again = request(order.orderNo(), body);
        mvc.perform(get("/api/desk/v1/after-sales/{t}", again).with(httpBasic("aftersales", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'FIRST_EXCHANGE')].passed").value(false));
        var audit = jdbc.sql("select count(*) from platform.audit_log where entity_type = 'ticket' and entity_id = ?")
                .param(ticket).query(Integer.class).single();
        assertThat(audit).isGreaterThanOrEqualTo(7);
    }

    @Test
    void customMadeExchangeAfter49HoursIsRejectedButRecorded() throws Exception {
        String s = shop.product("CN", "S", ProductKind.CUSTOM_MADE, 400, 5);
        String m = shop.product("CN", "M", ProductKind.CUSTOM_MADE, 400, 3);
        OrderView order = shop.received(s, 1);
        clock.advance(Duration.ofHours(49));
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "EXCHANGE", "reason": "SIZE", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                        .formatted(s, m)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decision").value("REJECTED"))
                .andExpect(jsonPath("$.shippingPaidBy").value("NONE"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'CUSTOM_MADE_WINDOW')].passed").value(false));
        assertThat(orders.get(order.orderNo()).openAfterSales()).isZero();
        assertThat(products.get(m).reserved()).isZero();
    }

    @Test
    void noReasonReturnRefundsAtMostWhatWasPaidAndLowersTheSpend() throws Exception {
        String sku = shop.product("RT", "M", ProductKind.IN_STOCK, 300, 5);
        OrderView order = shop.received(sku, 2);
        orders.confirmReceipt(order.orderNo());
        assertThat(members.get(shop.nickname).cumulativeSpend()).isEqualTo(Money.of(600));
        clock.advance(Duration.ofDays(6));
        String ticket = request(order.orderNo(), """
                {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        act("aftersales", ticket, "refund", "{\"amount\": 300}").andExpect(status().isConflict());
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "return-address", "{\"address\": \"上海市 退货仓\"}").andExpect(status().isOk());
        act("aftersales", ticket, "receive", "{\"resalable\": true}").andExpect(status().isOk());
        act("aftersales", ticket, "refund", "{\"amount\": 300.01}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:refund-above-cap"));
        act("aftersales", ticket, "refund", "{\"amount\": 300.00}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDED"))
                .andExpect(jsonPath("$.refundedAmount").value(300.0));
        OrderView after = orders.get(order.orderNo());
        assertThat(after.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.refundedAmount()).isEqualTo(Money.of(300));
        assertThat(members.get(shop.nickname).cumulativeSpend()).isEqualTo(Money.of(300));
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "close", "{}").andExpect(status().isConflict());
    }

    @Test
    void notResalableReturnCannotBeRefundedAndIsClosed() throws Exception {
        String sku = shop.product("NR", "M", ProductKind.IN_STOCK, 200, 5);
        OrderView order = shop.received(sku, 1);
        String ticket = request(order.orderNo(), """
                {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "receive", "{\"resalable\": false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("REJECTED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'RESALABLE')].detail").value("影响二次销售 ✗"));
        act("aftersales", ticket, "refund", "{\"amount\": 10}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:inspection-failed"));
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
        assertThat(products.get(sku).stock()).isEqualTo(4);
    }

    @Test
    void fullRefundOfALateShipmentClosesThePaidOrder() throws Exception {
        String sku = shop.product("LT", "M", ProductKind.IN_STOCK, 120, 5);
        OrderView order = shop.paid(sku, 1);
        assertThat(members.get(shop.nickname).cumulativeSpend()).isEqualTo(Money.of(120));
        clock.advance(Duration.ofHours(60));
        String ticket = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "LATE_SHIPMENT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        var paid = order.paidAmount();
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.maxRefund").value(paid.amount().doubleValue()));
        act("aftersales", ticket, "refund", "{\"amount\": " + paid.plus(Money.of("0.01")) + "}")
                .andExpect(status().isConflict());
        act("aftersales", ticket, "refund", "{\"amount\": " + paid + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDED"));
        OrderView after = orders.get(order.orderNo());
        assertThat(after.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(members.get(shop.nickname).cumulativeSpend()).isEqualTo(Money.ZERO);
        assertThat(products.get(sku).reserved()).isZero();
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "REFUND_ONLY", "reason": "LATE_SHIPMENT", "lines": [{"sku": "%s", "quantity": 1}]}"""
                        .formatted(sku)))
                .andExpect(status().isConflict());
    }

    @Test
    void repairOfADefectGoesBackRepaired() throws Exception {
        String sku = shop.product("RP", "M", ProductKind.PURCHASE_AGENT, 800, 2);
        OrderView order = shop.received(sku, 1);
        clock.advance(Duration.ofDays(29));
        var created = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "REPAIR", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.shippingPaidBy").value("SHOP"))
                .andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "reship", "{}").andExpect(status().isConflict());
        act("aftersales", ticket, "receive", "{\"resalable\": false}").andExpect(status().isOk());
        act("aftersales", ticket, "repair", "{\"note\": \"拉链已更换\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPAIRED"));
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
        clock.advance(Duration.ofDays(2));
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "REPAIR", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'QUALITY_WINDOW')].detail").value("签收 31 天 > 30 天 ✗"));
    }

    @Test
    void styleChangeNeedsASupervisorOncePerMember() throws Exception {
        String a = shop.product("PA", "M", ProductKind.PURCHASE_AGENT, 500, 2);
        String b = shop.product("PB", "M", ProductKind.PURCHASE_AGENT, 560, 2);
        OrderView first = shop.received(a, 1);
        String body = """
                {"kind": "EXCHANGE", "reason": "STYLE", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(a, b);
        var created = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", first.orderNo()).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("NEEDS_APPROVAL"))
                .andExpect(jsonPath("$.priceDifference").value(60.0))
                .andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        act("aftersales", ticket, "approve", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:needs-supervisor"));
        act("aftersales", ticket, "approve-exception", "{}").andExpect(status().isForbidden());
        act("supervisor", ticket, "approve-exception", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.exceptionGranted").value(true));
        assertThat(members.get(shop.nickname).notes()).anySatisfy(n -> assertThat(n.text()).contains("下不为例"));
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-unpaid"));
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/price-difference", ticket)
                        .content("{\"amount\": 60.00, \"paymentId\": \"pd-" + shop.suffix + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.priceDifferencePaid").value(true));
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isOk());

        OrderView second = shop.received(a, 1);
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", second.orderNo()).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'STYLE_CHANGE_EXCEPTION')].passed").value(false));
    }

    @Test
    void complaintFollowsTheSevenStepsInOrder() throws Exception {
        String sku = shop.product("CP", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        var created = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "COMPLAINT", "reason": "LATE_SHIPMENT", "description": "发货太慢"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.shippingPaidBy").value("NONE"))
                .andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.department").value("COMPLAINTS"));
        act("aftersales", ticket, "steps", "{\"step\": \"LISTEN\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:step-out-of-order"));
        act("aftersales", ticket, "resolve", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:steps-missing"));
        for (String step : new String[] {"QUICK_RESPONSE", "LISTEN", "CALM_AND_EXPLAIN", "APOLOGISE", "PROPOSE_REMEDY",
                "CARRY_OUT_REMEDY", "INFORM_AND_FOLLOW_UP"}) {
            act("aftersales", ticket, "steps", "{\"step\": \"" + step + "\", \"note\": \"已处理\"}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
            clock.advance(Duration.ofMinutes(5));
        }
        act("aftersales", ticket, "steps", "{\"step\": \"LISTEN\"}").andExpect(status().isConflict());
        act("aftersales", ticket, "resolve", "{\"note\": \"补偿优惠券\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.steps.length()").value(7));
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/satisfaction", ticket).content("{\"score\": 3}"))
                .andExpect(status().isOk());
    }

    @Test
    void negativeReviewFollowUpKeepsTheEvidence() throws Exception {
        String sku = shop.product("RV", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        var created = mvc.perform(desk("aftersales", "/api/desk/v1/after-sales/reviews").content("""
                        {"orderNo": "%s", "rating": 2, "content": "颜色和图片不一样"}""".formatted(order.orderNo())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("NEGATIVE_REVIEW"))
                .andReturn();
        String ticket = JsonPath.read(created.getResponse().getContentAsString(), "$.ticketNo");
        act("aftersales", ticket, "steps", "{\"step\": \"CONTACT\", \"note\": \"旺旺联系\"}").andExpect(status().isOk());
        act("aftersales", ticket, "steps", "{\"step\": \"REVIEW_APOLOGY\"}").andExpect(status().isOk());
        act("aftersales", ticket, "steps", "{\"step\": \"REMEDY\", \"note\": \"退 10 元\"}").andExpect(status().isOk());
        act("aftersales", ticket, "steps", "{\"step\": \"OUTCOME\", \"outcome\": \"REVIEW_CHANGED\"}")
                .andExpect(status().isBadRequest());
        act("aftersales", ticket, "steps", """
                {"step": "OUTCOME", "outcome": "REVIEW_CHANGED", "evidence": "截图 review-123.png"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewOutcome").value("REVIEW_CHANGED"))
                .andExpect(jsonPath("$.reviewEvidence").value("截图 review-123.png"));
        act("aftersales", ticket, "resolve", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "close", "{}").andExpect(status().isOk());
    }

    @Test
    void aLostParcelOpensATicketByItselfOnce() throws Exception {
        String sku = shop.product("LO", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.paid(sku, 1);
        String waybill = "ZTL" + shop.suffix;
        orders.ship(order.orderNo(), new com.csdesk.orders.ShipmentRequest("ZTO", waybill, java.util.List.of()));
        orders.track(waybill, new TrackingNotice(TrackingEventKind.LOST, clock.instant(), "杭州", "丢件"));
        orders.track(waybill, new TrackingNotice(TrackingEventKind.LOST, clock.instant().plusSeconds(60), "杭州", "丢件"));
        mvc.perform(get("/api/desk/v1/after-sales").param("q", order.orderNo()).with(httpBasic("aftersales", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("LOGISTICS_EXCEPTION"))
                .andExpect(jsonPath("$.items[0].reason").value("LOST"));
        assertThat(orders.get(order.orderNo()).openAfterSales()).isEqualTo(1);
        // the buyer's replacement for the lost parcel ships without a return
        String ticket = request(order.orderNo(), """
                {"kind": "EXCHANGE", "reason": "LOST", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(sku, shop.product("LO", "L", ProductKind.IN_STOCK, 100, 5)));
        act("aftersales", ticket, "approve", "{}").andExpect(status().isOk());
        act("aftersales", ticket, "return-address", "{}").andExpect(status().isConflict());
        act("aftersales", ticket, "reship", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESHIPPED"));
    }

    @Test
    void breachedTicketsAreFlaggedAndEscalated() throws Exception {
        String sku = shop.product("SL", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        String ticket = request(order.orderNo(), """
                {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        // created 10:00 with a 30-minute first response target, due 10:30
        mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic("supervisor", "demo")))
                .andExpect(jsonPath("$.firstResponseDue").value("2026-11-24T02:30:00Z"));
        clock.advance(Duration.ofMinutes(31));
        var run = slaJob.run();
        assertThat(run.rowsAffected()).isGreaterThanOrEqualTo(1L);
        mvc.perform(get("/api/desk/v1/after-sales").param("breached", "true").param("q", ticket)
                        .with(httpBasic("supervisor", "demo")))
                .andExpect(jsonPath("$.items[0].ticketNo").value(ticket))
                .andExpect(jsonPath("$.items[0].escalated").value(true));
        assertThat(slaJob.run().rowsAffected()).isZero();
    }

    @Test
    void adminChangesTheServiceTermsAndTheNextTicketFollowsThem() throws Exception {
        String sku = shop.product("ST", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        mvc.perform(get("/api/ops/v1/settings").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("sla.complaint.first-response-minutes")))
                .andExpect(jsonPath("$[*].key", hasItem("service.online-from")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/ops/v1/settings/{k}", "sla.complaint.first-response-minutes")
                        .with(httpBasic("supervisor", "demo")).contentType("application/json").content("{\"value\": \"5\"}"))
                .andExpect(status().isForbidden());
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .put("/api/ops/v1/settings/{k}", "sla.complaint.first-response-minutes")
                            .with(httpBasic("admin", "demo")).contentType("application/json").content("{\"value\": \"5\"}"))
                    .andExpect(status().isOk());
            String ticket = request(order.orderNo(), "{\"kind\": \"COMPLAINT\", \"reason\": \"DEFECT\"}");
            mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic("supervisor", "demo")))
                    .andExpect(jsonPath("$.firstResponseDue").value("2026-11-24T02:05:00Z"))
                    // 24 business hours from Tuesday 10:00 with 14 online hours a day: Wednesday 20:00
                    .andExpect(jsonPath("$.resolutionDue").value("2026-11-25T12:00:00Z"));
            // a message left at 23:30 is answered by 10:00 the next morning
            clock.set(Instant.parse("2026-11-24T15:30:00Z"));
            String night = request(order.orderNo(), "{\"kind\": \"COMPLAINT\", \"reason\": \"DEFECT\"}");
            mvc.perform(get("/api/desk/v1/after-sales/{t}", night).with(httpBasic("supervisor", "demo")))
                    .andExpect(jsonPath("$.firstResponseDue").value("2026-11-25T02:00:00Z"));
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .put("/api/ops/v1/settings/{k}", "sla.complaint.first-response-minutes")
                    .with(httpBasic("admin", "demo")).contentType("application/json").content("{\"value\": \"15\"}"));
        }
    }

    @Test
    void theQueueIsFilteredAndSortedByDueTime() throws Exception {
        String sku = shop.product("QU", "M", ProductKind.IN_STOCK, 100, 5);
        String sku2 = shop.product("QV", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        OrderView order2 = shop.received(sku2, 1);
        String early = request(order.orderNo(), """
                {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        clock.advance(Duration.ofMinutes(10));
        String late = request(order2.orderNo(), """
                {"kind": "REPAIR", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku2));
        mvc.perform(get("/api/desk/v1/after-sales").param("q", shop.nickname).with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.items[0].ticketNo").value(early))
                .andExpect(jsonPath("$.items[1].ticketNo").value(late));
        mvc.perform(get("/api/desk/v1/after-sales").param("q", shop.nickname).param("kind", "REPAIR")
                        .with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.items.length()").value(1));
        act("supervisor", late, "reassign", "{\"assignee\": \"presales\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:not-an-agent-of-department"));
        act("supervisor", late, "reassign", "{\"assignee\": \"aftersales\"}").andExpect(status().isOk());
        act("aftersales", late, "reassign", "{\"assignee\": \"aftersales\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/desk/v1/after-sales").param("assignee", "me").param("q", shop.nickname)
                        .with(httpBasic("aftersales", "demo")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].ticketNo").value(late));
        mvc.perform(get("/api/desk/v1/after-sales").param("status", "NOPE").with(httpBasic("aftersales", "demo")))
                .andExpect(status().isBadRequest());
        long version = ((Number) JsonPath.read(mvc.perform(get("/api/desk/v1/after-sales/{t}", early)
                .with(httpBasic("aftersales", "demo"))).andReturn().getResponse().getContentAsString(), "$.version"))
                .longValue();
        act("aftersales", early, "escalate", "{\"note\": \"买家情绪激动\", \"version\": " + (version + 5) + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csdesk:problem:concurrent-edit"));
        act("aftersales", early, "escalate", "{\"version\": " + version + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.escalated").value(true));
    }

    @Test
    void theGeneratorAddsTicketsOnRealOrders() throws Exception {
        mvc.perform(post("/api/ops/v1/after-sales/generate").param("tickets", "300").param("orders", "2")
                        .with(httpBasic("supervisor", "demo")))
                .andExpect(status().isForbidden());
        int before = jdbc.sql("select count(*) from aftersales.ticket").query(Integer.class).single();
        mvc.perform(post("/api/ops/v1/after-sales/generate").param("tickets", "300").param("orders", "2")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tickets").value(300))
                .andExpect(jsonPath("$.orders").value(2));
        assertThat(jdbc.sql("select count(*) from aftersales.ticket").query(Integer.class).single()).isEqualTo(before + 300);
        String generated = jdbc.sql("select ticket_no from aftersales.ticket where source = 'GENERATED' order by id desc limit 1")
                .query(String.class).single();
        mvc.perform(get("/api/desk/v1/after-sales/{t}", generated).with(httpBasic("supervisor", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/ops/v1/after-sales/generate").param("tickets", "0").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void rolesAndKeysAreChecked() throws Exception {
        String sku = shop.product("RO", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        mvc.perform(post("/api/storefront/v1/orders/{no}/after-sales", order.orderNo())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
        String ticket = request(order.orderNo(), """
                {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        mvc.perform(get("/api/desk/v1/after-sales")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/desk/v1/after-sales").with(httpBasic("presales", "demo"))).andExpect(status().isForbidden());
        act("warehouse", ticket, "approve", "{}").andExpect(status().isForbidden());
        String handler = "complaints" + shop.suffix;
        staff.create(new NewStaffMember(handler, "投诉专员", Department.AFTERSALES, EnumSet.of(Role.COMPLAINTS), "demo-pass-1"));
        mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic(handler, "demo-pass-1")))
                .andExpect(status().isForbidden());
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo())
                        .content("{\"kind\": \"EXCHANGE\", \"reason\": \"SIZE\", \"lines\": [{\"sku\": \"nope\", \"quantity\": 1, \"wantedSku\": \"x\"}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo())
                        .content("{\"kind\": \"SWAP\", \"reason\": \"SIZE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", "NO-SUCH")
                        .content("{\"kind\": \"COMPLAINT\", \"reason\": \"DEFECT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", order.orderNo()).content("""
                        {"kind": "RETURN_REFUND", "reason": "NO_REASON", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csdesk:problem:open-ticket-exists"));
    }
}
