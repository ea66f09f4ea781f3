package com.csdesk.aftersales;

import static com.csdesk.aftersales.AfterSalesFixture.desk;
import static com.csdesk.aftersales.AfterSalesFixture.storefront;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.products.ProductKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * After-sales rules that hold across tickets and actions: a replacement ships only once its price
 * difference is paid, a unit is replaced or refunded but not both, and the desk offers only the
 * actions that would be accepted.
 */
@DeskIntegrationTest
class AfterSalesRulesApiTests extends AfterSalesTest {

    ResultActions deskView(String ticket) throws Exception {
        return mvc.perform(get("/api/desk/v1/after-sales/{t}", ticket).with(httpBasic("aftersales", "demo")));
    }

    /** Paid and shipped; the carrier then reports the parcel lost. */
    OrderView lost(String sku) {
        OrderView order = shop.paid(sku, 1);
        String waybill = "ZTL" + shop.suffix + order.orderNo().substring(order.orderNo().length() - 4);
        orders.ship(order.orderNo(), new ShipmentRequest("ZTO", waybill, List.of()));
        orders.track(waybill, new TrackingNotice(TrackingEventKind.LOST, clock.instant(), "杭州", "丢件"));
        return orders.get(order.orderNo());
    }

    @Test
    void aReplacementForADearerSkuShipsOnlyOnceThePriceDifferenceIsPaid() throws Exception {
        String sku = shop.product("PX", "M", ProductKind.IN_STOCK, 100, 5);
        String dearer = shop.product("PX", "L", ProductKind.IN_STOCK, 120, 5);
        OrderView order = lost(sku);
        String ticket = request(order.orderNo(), """
                {"kind": "EXCHANGE", "reason": "LOST", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(sku, dearer));
        act(ticket, "approve", "{}").andExpect(status().isOk());
        deskView(ticket).andExpect(jsonPath("$.priceDifference").value(20.0))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("RESHIP"))));
        act(ticket, "reship", "{\"waybill\": \"SF1\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:price-difference-unpaid"))
                .andExpect(jsonPath("$.detail").value("买家须先补差价 ¥20.00 才能补发换货商品"));

        mvc.perform(storefront("/api/storefront/v1/after-sales/{t}/price-difference", ticket)
                        .content("{\"amount\": 20, \"paymentId\": \"pd-" + shop.suffix + "\"}"))
                .andExpect(status().isOk());
        deskView(ticket).andExpect(jsonPath("$.allowedActions", hasItem("RESHIP")));
        act(ticket, "reship", "{\"waybill\": \"SF1\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESHIPPED"));
    }

    @Test
    void theDeskOffersNoActionThatAFailedInspectionRefuses() throws Exception {
        String sku = shop.product("IX", "M", ProductKind.IN_STOCK, 100, 5);
        String other = shop.product("IX", "L", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 1);
        String ticket = request(order.orderNo(), """
                {"kind": "EXCHANGE", "reason": "SIZE", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(sku, other));
        act(ticket, "approve", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("APPROVE"))));
        act(ticket, "return-address", "{}").andExpect(status().isOk());
        act(ticket, "receive", "{\"resalable\": false}").andExpect(status().isOk());
        deskView(ticket).andExpect(jsonPath("$.allowedActions", not(hasItem("RESHIP"))))
                .andExpect(jsonPath("$.allowedActions", hasItem("CLOSE")));
        act(ticket, "reship", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:inspection-failed"));
    }

    @Test
    void aUnitReplacedByAnExchangeIsNotRefundedAsWell() throws Exception {
        String sku = shop.product("RX", "M", ProductKind.IN_STOCK, 100, 5);
        String other = shop.product("RX", "L", ProductKind.IN_STOCK, 100, 5);
        OrderView order = lost(sku);
        String exchange = request(order.orderNo(), """
                {"kind": "EXCHANGE", "reason": "LOST", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(sku, other));
        act(exchange, "approve", "{}").andExpect(status().isOk());
        act(exchange, "reship", "{}").andExpect(status().isOk());
        act(exchange, "close", "{}").andExpect(status().isOk());

        String refund = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "LOST", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        deskView(refund).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decision").value("REJECTED"))
                .andExpect(jsonPath("$.maxRefund").value(0.0))
                .andExpect(jsonPath("$.checks[?(@.rule == 'QUANTITY')].detailZh")
                        .value(hasItem("申请 1 件 > 可申请 0 件(购买 1,已退 1) ✗")));
        act(refund, "refund", "{\"amount\": 1}").andExpect(status().isConflict());
    }

    @Test
    void theUnitsLeftAfterAReplacementKeepOnlyTheirShareOfTheMoney() throws Exception {
        String sku = shop.product("RY", "M", ProductKind.IN_STOCK, 100, 5);
        String other = shop.product("RY", "L", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.received(sku, 2);
        String exchange = request(order.orderNo(), """
                {"kind": "EXCHANGE", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1, "wantedSku": "%s"}]}"""
                .formatted(sku, other));
        act(exchange, "approve", "{}").andExpect(status().isOk());
        act(exchange, "return-address", "{}").andExpect(status().isOk());
        act(exchange, "receive", "{\"resalable\": true}").andExpect(status().isOk());
        act(exchange, "reship", "{}").andExpect(status().isOk());
        act(exchange, "close", "{}").andExpect(status().isOk());

        String both = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 2}]}""".formatted(sku));
        deskView(both).andExpect(jsonPath("$.decision").value("REJECTED"));
        String refund = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "DEFECT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        deskView(refund).andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.maxRefund").value(100.0));
    }

    @Test
    void aLateShipmentRefundNeedsTheOrderToBeLate() throws Exception {
        String sku = shop.product("LX", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView order = shop.paid(sku, 1);
        clock.advance(java.time.Duration.ofMinutes(10));
        String early = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "LATE_SHIPMENT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        deskView(early).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'SHIPPED_LATE')].passed").value(hasItem(false)))
                .andExpect(jsonPath("$.checks[?(@.rule == 'SHIPPED_LATE')].detailZh")
                        .value(hasItem("付款 10 分钟 未发货 ≤ 发货时限 48 小时 ✗")));

        clock.advance(java.time.Duration.ofHours(48));
        String late = request(order.orderNo(), """
                {"kind": "REFUND_ONLY", "reason": "LATE_SHIPMENT", "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku));
        deskView(late).andExpect(jsonPath("$.decision").value("ALLOWED"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'SHIPPED_LATE')].passed").value(hasItem(true)));
    }

    @Test
    void aReviewFollowUpNeedsAPaidOrder() throws Exception {
        String sku = shop.product("RW", "M", ProductKind.IN_STOCK, 100, 5);
        OrderView unpaid = orders.place(new com.csdesk.orders.PlaceOrder(shop.nickname, null,
                List.of(new com.csdesk.orders.OrderLineRequest(sku, 1)),
                new com.csdesk.orders.Receiver("张三", "13800000000", "上海市", "上海市", "浦东新区", "世纪大道1号"), null,
                false, false), null).order();
        mvc.perform(desk("aftersales", "/api/desk/v1/after-sales/reviews").content("""
                        {"orderNo": "%s", "rating": 1, "content": "差评"}""".formatted(unpaid.orderNo())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:order-not-eligible"))
                .andExpect(jsonPath("$.detail").value("订单 " + unpaid.orderNo() + " 未付款,没有可跟进的评价"));
        org.assertj.core.api.Assertions.assertThat(orders.get(unpaid.orderNo()).openAfterSales()).isZero();

        OrderView paid = shop.paid(sku, 1);
        mvc.perform(desk("aftersales", "/api/desk/v1/after-sales/reviews").content("""
                        {"orderNo": "%s", "rating": 1, "content": "差评"}""".formatted(paid.orderNo())))
                .andExpect(status().isCreated());
    }

    ResultActions setSetting(String key, String value) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/ops/v1/settings/{k}", key).with(httpBasic("admin", "demo"))
                .contentType("application/json").content("{\"value\": \"" + value + "\"}"));
    }

    @Test
    void onlineHoursMustOpenBeforeTheyCloseAndLastAnHour() throws Exception {
        try {
            setSetting("service.online-to", "09:00:01").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invalid-setting"));
            setSetting("service.online-from", "23:30").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invalid-setting"));
            setSetting("service.online-from", "22:30").andExpect(status().isBadRequest());
            mvc.perform(get("/api/ops/v1/settings").with(httpBasic("admin", "demo")))
                    .andExpect(jsonPath("$[?(@.key == 'service.online-to')].value").value(hasItem("23:00")))
                    .andExpect(jsonPath("$[?(@.key == 'service.online-from')].value").value(hasItem("09:00")));
            setSetting("service.online-from", "22:00").andExpect(status().isOk());
            // the window is checked against the stored other end: 22:00–21:00 would close before it opens
            setSetting("service.online-to", "21:00").andExpect(status().isBadRequest());
        } finally {
            setSetting("service.online-from", "09:00").andExpect(status().isOk());
            setSetting("service.online-to", "23:00").andExpect(status().isOk());
        }
    }
}
