package com.csdesk.aftersales;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentNotice;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.Money;
import com.csdesk.testsupport.MutableClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Members, products and orders in the state an after-sales test needs, made through the modules' APIs. */
final class AfterSalesFixture {

    static final String KEY = "demo-storefront-key";

    final OrderManagement orders;
    final MemberManagement members;
    final ProductManagement products;
    final MutableClock clock;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String nickname = "售后买家" + suffix;

    AfterSalesFixture(OrderManagement orders, MemberManagement members, ProductManagement products, MutableClock clock) {
        this.orders = orders;
        this.members = members;
        this.products = products;
        this.clock = clock;
        members.saveFromStorefront(nickname, new MemberProfile(null, null, null, "上海", null, List.of()));
    }

    /** A product of {@code style} in {@code size}; SKUs are unique per test. */
    String product(String style, String size, ProductKind kind, long price, int stock) {
        String sku = style + "-" + size + "-" + suffix;
        products.save(sku, new ProductData("连衣裙 " + style, Money.of(price), new BigDecimal("0.5"), stock, false, kind,
                Map.of("size", size), style + "-" + suffix, null));
        return sku;
    }

    OrderView paid(String sku, int quantity) {
        var to = new Receiver("张三", "13800000000", "上海市", "上海市", "浦东新区", "世纪大道1号");
        var placed = orders.place(new PlaceOrder(nickname, null, List.of(new OrderLineRequest(sku, quantity)), to, null,
                false, false), null).order();
        return orders.pay(placed.orderNo(), new PaymentNotice("p-" + UUID.randomUUID(), PaymentMethod.ALIPAY,
                placed.payable())).order();
    }

    /** Paid, shipped and delivered (received) now. */
    OrderView received(String sku, int quantity) {
        OrderView order = paid(sku, quantity);
        String waybill = "ZT" + UUID.randomUUID().toString().substring(0, 10);
        orders.ship(order.orderNo(), new ShipmentRequest("ZTO", waybill, List.of()));
        orders.track(waybill, new TrackingNotice(TrackingEventKind.DELIVERED, clock.instant(), "上海", "已签收"));
        return orders.get(order.orderNo());
    }

    static MockHttpServletRequestBuilder storefront(String url, Object... vars) {
        return post(url, vars).header("X-Api-Key", KEY).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON);
    }

    static MockHttpServletRequestBuilder desk(String user, String url, Object... vars) {
        return post(url, vars).with(httpBasic(user, "demo")).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON);
    }
}
