package com.csdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeskIntegrationTest
class OrderCoreSmokeTests {

    @Autowired
    OrderManagement orders;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Test
    void placePayShipComplete() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nick = "smoke" + suffix;
        members.saveFromStorefront(nick, new MemberProfile(null, null, null, "上海", null, List.of()));
        products.save("SM-R-" + suffix, new ProductData("Regular", Money.of(300), new BigDecimal("0.5"), 5, false,
                ProductKind.IN_STOCK, Map.of("size", "M"), null, null));
        products.save("SM-S-" + suffix, new ProductData("Special", Money.of(50), new BigDecimal("0.2"), 5, true,
                ProductKind.PURCHASE_AGENT, Map.of(), null, null));
        Receiver to = new Receiver("张三", "13800000000", "上海市", "上海市", "浦东新区", "世纪大道1号");
        var lines = List.of(new OrderLineRequest("SM-R-" + suffix, 1), new OrderLineRequest("SM-S-" + suffix, 1));
        var placed = orders.place(new PlaceOrder(nick, null, lines, to, "尽快发货", false, false), "k-" + suffix);
        assertThat(placed.created()).isTrue();
        assertThat(placed.order().payable()).isEqualTo(Money.of("356.00"));
        assertThat(orders.place(new PlaceOrder(nick, null, lines, to, "尽快发货", false, false), "k-" + suffix).created()).isFalse();
        String no = placed.order().orderNo();
        var paid = orders.pay(no, new PaymentNotice("pay-" + suffix, PaymentMethod.ALIPAY, Money.of("356.00")));
        assertThat(paid.outcome()).isEqualTo(PaymentOutcome.ACCEPTED);
        assertThat(members.get(nick).cumulativeSpend()).isEqualTo(Money.of(350));
        assertThat(orders.pay(no, new PaymentNotice("pay-" + suffix, PaymentMethod.ALIPAY, Money.of("356.00"))).outcome())
                .isEqualTo(PaymentOutcome.ACCEPTED);
        assertThat(orders.pay(no, new PaymentNotice("pay2-" + suffix, PaymentMethod.ALIPAY, Money.of("356.00"))).outcome())
                .isEqualTo(PaymentOutcome.DUPLICATE);
        var shipped = orders.ship(no, new ShipmentRequest("ZTO", "ZT" + suffix, List.of()));
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(products.get("SM-R-" + suffix).stock()).isEqualTo(4);
        assertThat(products.get("SM-R-" + suffix).reserved()).isZero();
        var done = orders.confirmReceipt(no);
        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.history()).hasSize(4);
        assertThat(done.breakdown().shipping().rule().name()).isEqualTo("BELOW_THRESHOLD");
    }
}
