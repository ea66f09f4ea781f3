package com.csdesk.orders;

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

/**
 * Members, products and orders for the order desk's tests, made through the modules' APIs: a
 * member of their own and three products (a dress at 300, special-price socks at 50, a Korean
 * lipstick bought to order at 120) with unique SKUs.
 */
public final class OrderDeskFixtures {

    public static final Receiver SHANGHAI = new Receiver("张三", "13812345678", "上海", "上海市", "浦东新区", "世纪大道100号1201室");

    private final OrderManagement orders;
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String nickname;
    public final String dress = "OD-DRESS-" + suffix;
    public final String socks = "OD-SOCKS-" + suffix;
    public final String lipstick = "OD-LIP-" + suffix;

    public OrderDeskFixtures(String nicknamePrefix, MemberManagement members, ProductManagement products,
            OrderManagement orders) {
        this.orders = orders;
        this.nickname = nicknamePrefix + suffix;
        members.saveFromStorefront(nickname, new MemberProfile("13812345678", null, "张三", "上海", "淘宝", List.of()));
        products.save(dress, new ProductData("雪纺连衣裙" + suffix, Money.of(300), new BigDecimal("0.5"), 20, false,
                ProductKind.IN_STOCK, Map.of("颜色", "白色", "尺码", "M"), null, null));
        products.save(socks, new ProductData("棉袜" + suffix, Money.of(50), new BigDecimal("0.1"), 20, true,
                ProductKind.IN_STOCK, Map.of(), null, null));
        products.save(lipstick, new ProductData("韩国口红" + suffix, Money.of(120), new BigDecimal("0.1"), 0, false,
                ProductKind.PURCHASE_AGENT, Map.of(), null, null));
    }

    /** An unpaid order of the given lines (sku, quantity, sku, quantity...) to Shanghai by ZTO. */
    public OrderView place(Object... skuAndQuantity) {
        return place(SHANGHAI, skuAndQuantity);
    }

    public OrderView place(Receiver to, Object... skuAndQuantity) {
        List<OrderLineRequest> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new OrderLineRequest((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]));
        }
        return orders.place(new PlaceOrder(nickname, null, lines, to, "请尽快发货", false, false), null).order();
    }

    public OrderView placeAndPay(Object... skuAndQuantity) {
        OrderView o = place(skuAndQuantity);
        return pay(o.orderNo());
    }

    public OrderView pay(String orderNo) {
        OrderView o = orders.get(orderNo);
        return orders.pay(orderNo, new PaymentNotice("pay-" + UUID.randomUUID(), PaymentMethod.ALIPAY, o.payable())).order();
    }

    public OrderView ship(String orderNo) {
        return orders.ship(orderNo, new ShipmentRequest("ZTO", "ZT" + UUID.randomUUID().toString().substring(0, 12),
                List.of()));
    }

}
