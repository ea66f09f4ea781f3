package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Member discount (会员折扣): marginal brackets on the cumulative spend, like tax brackets. Each part
 * of the regular goods is charged at the rate of the bracket it lands in once stacked on the
 * member's cumulative spend before the order.
 */
final class TierDiscount {

    private enum Bracket {
        FULL_PRICE(Money.ZERO, Money.of(1_000), "1.00"),
        JUNIOR(Money.of(1_000), Money.of(10_000), "0.95"),
        MIDDLE(Money.of(10_000), Money.of(20_000), "0.94"),
        SENIOR(Money.of(20_000), null, "0.93");

        private final Money from;
        private final @Nullable Money to;
        private final BigDecimal rate;

        Bracket(Money from, @Nullable Money to, String rate) {
            this.from = from;
            this.to = to;
            this.rate = new BigDecimal(rate);
        }
    }

    private TierDiscount() {
    }

    /**
     * The bracket charges of regular goods placed on top of the cumulative spend; special-price goods
     * are never discounted, so the caller places them after these and leaves them out.
     */
    static List<BracketCharge> charge(Money cumulativeSpendBefore, Money regularGoods) {
        Money end = cumulativeSpendBefore.plus(regularGoods);
        List<BracketCharge> charges = new ArrayList<>();
        for (Bracket bracket : Bracket.values()) {
            Money from = cumulativeSpendBefore.max(bracket.from);
            Money to = bracket.to == null ? end : end.min(bracket.to);
            if (to.isGreaterThan(from)) {
                Money goods = to.minus(from);
                charges.add(new BracketCharge(from, to, goods, bracket.rate, goods.times(bracket.rate)));
            }
        }
        return List.copyOf(charges);
    }
}
