package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import com.csdesk.shared.Province;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds pricing requests for tests: regular in-stock lines unless said otherwise, ZTO, no history. */
final class RequestBuilder {

    private Money cumulativeSpend = Money.ZERO;
    private boolean lifetime;
    private final Province province;
    private @Nullable Carrier carrier;
    private boolean forwarding;
    private boolean inStockFirst;
    private final List<PricingLine> lines = new ArrayList<>();
    private final List<AccumulationCandidate> accumulation = new ArrayList<>();

    private RequestBuilder(Province province) {
        this.province = province;
    }

    static RequestBuilder to(String province) {
        return new RequestBuilder(Province.parse(province));
    }

    RequestBuilder spend(String cumulativeSpend) {
        this.cumulativeSpend = Money.of(cumulativeSpend);
        return this;
    }

    RequestBuilder lifetimeFreeShipping() {
        this.lifetime = true;
        return this;
    }

    RequestBuilder by(Carrier carrier) {
        this.carrier = carrier;
        return this;
    }

    RequestBuilder forwarding() {
        this.forwarding = true;
        return this;
    }

    RequestBuilder inStockFirst() {
        this.inStockFirst = true;
        return this;
    }

    /** A regular, in-stock line. */
    RequestBuilder line(String sku, int quantity, String unitPrice, String unitWeightKg) {
        return add(sku, quantity, unitPrice, unitWeightKg, false, true);
    }

    /** A special-price (特价), in-stock line. */
    RequestBuilder special(String sku, int quantity, String unitPrice, String unitWeightKg) {
        return add(sku, quantity, unitPrice, unitWeightKg, true, true);
    }

    /** A regular line that is not in stock (pre-ordered). */
    RequestBuilder preordered(String sku, int quantity, String unitPrice, String unitWeightKg) {
        return add(sku, quantity, unitPrice, unitWeightKg, false, false);
    }

    RequestBuilder earlierOrder(String orderNo, String goodsTotal, String shippingPaid) {
        accumulation.add(new AccumulationCandidate(orderNo, Money.of(goodsTotal), Money.of(shippingPaid)));
        return this;
    }

    private RequestBuilder add(String sku, int quantity, String unitPrice, String unitWeightKg, boolean special,
            boolean inStock) {
        lines.add(new PricingLine(sku, "商品 " + sku, quantity, Money.of(unitPrice), new BigDecimal(unitWeightKg),
                special, inStock));
        return this;
    }

    PricingRequest build() {
        return new PricingRequest(cumulativeSpend, lifetime, province, carrier, forwarding, inStockFirst, lines,
                accumulation);
    }

    PriceQuote quote() {
        return PricingEngine.quote(build(), RateTable.defaults());
    }

    PriceQuote quote(RateTable rates) {
        return PricingEngine.quote(build(), rates);
    }
}
