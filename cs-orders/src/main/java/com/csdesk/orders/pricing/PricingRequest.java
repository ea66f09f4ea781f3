package com.csdesk.orders.pricing;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Province;
import com.csdesk.shared.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a quote (报价) or an order's price is computed from.
 *
 * @param cumulativeSpendBefore the member's cumulative spend (累计消费) before this order
 * @param lifetimeFreeShippingAtAddress whether the member's lifetime free shipping (终身包邮) is bound to
 *        this order's receiving address
 * @param province province of the receiving address; for overseas forwarding, the province of the
 *        forwarding company's mainland address
 * @param carrier the carrier the buyer asked for; {@code null} means the shop's default, ZTO
 * @param overseasForwarding the order goes abroad through a forwarding company (海外转运)
 * @param inStockFirst the buyer wants in-stock goods shipped first (现货先发)
 * @param lines the order's lines, at least one
 * @param accumulation the member's orders eligible for the 3-day accumulation (3天内累计)
 */
public record PricingRequest(Money cumulativeSpendBefore, boolean lifetimeFreeShippingAtAddress, Province province,
        @Nullable Carrier carrier, boolean overseasForwarding, boolean inStockFirst, List<PricingLine> lines,
        List<AccumulationCandidate> accumulation) {

    public PricingRequest {
        lines = List.copyOf(lines);
        accumulation = List.copyOf(accumulation);
        if (lines.isEmpty()) {
            throw new InvalidInputException("no-lines", "lines",
                    Text.of("订单至少要有一件商品", "An order needs at least one line"));
        }
        if (cumulativeSpendBefore.isNegative()) {
            throw new InvalidInputException("invalid-amount", "cumulativeSpendBefore",
                    Text.of("累计消费不能为负数:" + cumulativeSpendBefore,
                            "Cumulative spend cannot be negative: " + cumulativeSpendBefore));
        }
        if (overseasForwarding && !province.region().isMainland()) {
            throw new InvalidInputException("forwarding-address-not-mainland", "province",
                    Text.of("海外转运须发往转运公司的大陆地址,不能发往" + province.shortName(),
                            "Overseas forwarding ships to the forwarding company's mainland address, not to "
                                    + province.englishName()));
        }
    }

    /** The carrier that will ship: the buyer's choice, or ZTO when they named none. */
    public Carrier carrierOrDefault() {
        return carrier == null ? Carrier.DEFAULT : carrier;
    }
}
