package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Money;
import org.junit.jupiter.api.Test;

/** 3-day accumulation (3天内累计) in regions A and B. */
class AccumulationTests {

    @Test
    void earlierOrdersReachingTheThresholdMakeThisOneFreeAndTheirShippingIsDeducted() {
        PriceQuote quote = RequestBuilder.to("上海").line("ITEM", 1, "300", "1")
                .earlierOrder("O-1", "150", "6")
                .earlierOrder("O-2", "50", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(quote.shipping().baseFee()).isEqualTo(Money.of("6.00"));
        assertThat(quote.shipping().fee()).isEqualTo(Money.ZERO);
        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("12.00"));
        assertThat(quote.shipTogetherWith()).containsExactly(
                new ShipTogether("O-1", Money.of("6")), new ShipTogether("O-2", Money.of("6")));
        assertThat(quote.payable()).isEqualTo(Money.of("288.00"));
        assertThat(quote.shipping().explanation().zh()).isEqualTo(
                "江浙沪皖3天内累计满500包邮:本单商品 300.00 + 订单 O-1, O-2 商品 200.00 = 500.00;抵扣其已付运费 12.00,合并发货");
        assertThat(quote.shipping().explanation().en()).isEqualTo(
                "Free shipping to Jiangsu, Zhejiang, Shanghai, Anhui from 500.00 accumulated over 3 days: this order's "
                        + "goods 300.00 + orders O-1, O-2 goods 200.00 = 500.00; shipping paid on them 12.00 deducted, "
                        + "shipped together");
    }

    @Test
    void justShortOfTheThresholdNothingIsAccumulated() {
        PriceQuote quote = RequestBuilder.to("上海").line("ITEM", 1, "300", "1")
                .earlierOrder("O-1", "199.99", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("6.00"));
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.payable()).isEqualTo(Money.of("306.00"));
        assertThat(quote.shipping().explanation().zh())
                .isEqualTo("江浙沪皖满500包邮,本单商品 300.00(3天内累计 499.99) 未达到:中通运费 6.00");
        assertThat(quote.shipping().explanation().en()).isEqualTo("Free shipping to Jiangsu, Zhejiang, Shanghai, Anhui "
                + "from 500.00; this order's goods 300.00 (3-day accumulation 499.99) fall short: ZTO fee 6.00");
    }

    @Test
    void regionBAccumulatesToOneThousand() {
        PriceQuote reached = RequestBuilder.to("广东").line("ITEM", 1, "600", "1")
                .earlierOrder("O-1", "400", "8")
                .quote();
        PriceQuote missed = RequestBuilder.to("广东").line("ITEM", 1, "600", "1")
                .earlierOrder("O-1", "399.99", "8")
                .quote();

        assertThat(reached.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(reached.payable()).isEqualTo(Money.of("592.00"));
        assertThat(missed.shipping().rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(missed.payable()).isEqualTo(Money.of("608.00"));
    }

    @Test
    void anOrderThatReachesTheThresholdAloneDoesNotAccumulate() {
        PriceQuote quote = RequestBuilder.to("上海").line("ITEM", 1, "500", "1")
                .earlierOrder("O-1", "100", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
    }

    @Test
    void theDeductionNeverMakesThePayableNegative() {
        PriceQuote quote = RequestBuilder.to("上海").line("HAIRPIN", 1, "1.00", "0.1")
                .earlierOrder("O-1", "499", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("1.00"));
        assertThat(quote.shipTogetherWith()).containsExactly(new ShipTogether("O-1", Money.of("1.00")));
        assertThat(quote.payable()).isEqualTo(Money.ZERO);
        assertThat(quote.shipping().explanation().zh()).contains("抵扣其已付运费 1.00(已付 6.00,应付金额不能为负)");
        assertThat(quote.shipping().explanation().en())
                .contains("shipping paid on them 1.00 deducted (of 6.00 paid; the payable cannot go below zero)");
    }

    @Test
    void aCappedDeductionIsTakenFromTheEarlierOrdersInTheirOrder() {
        PriceQuote quote = RequestBuilder.to("北京").line("ITEM", 1, "10", "0.1")
                .earlierOrder("O-1", "500", "8")
                .earlierOrder("O-2", "300", "8")
                .earlierOrder("O-3", "200", "8")
                .quote();

        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("10.00"));
        assertThat(quote.shipTogetherWith()).containsExactly(
                new ShipTogether("O-1", Money.of("8")),
                new ShipTogether("O-2", Money.of("2")),
                new ShipTogether("O-3", Money.ZERO));
        assertThat(quote.payable()).isEqualTo(Money.ZERO);
    }

    @Test
    void theCapIsTheDiscountedGoodsNotTheListPrice() {
        // Senior member: 10.00 of goods costs 9.30, so only 9.30 of the 12.00 paid can be deducted.
        PriceQuote quote = RequestBuilder.to("上海").spend("20000").line("ITEM", 1, "10", "0.1")
                .earlierOrder("O-1", "490", "12")
                .quote();

        assertThat(quote.goodsPayable()).isEqualTo(Money.of("9.30"));
        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("9.30"));
        assertThat(quote.payable()).isEqualTo(Money.ZERO);
    }

    @Test
    void earlierOrdersWithoutShippingPaidStillShipTogether() {
        PriceQuote quote = RequestBuilder.to("上海").line("ITEM", 1, "300", "1")
                .earlierOrder("O-1", "250", "0")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(quote.shipTogetherWith()).containsExactly(new ShipTogether("O-1", Money.ZERO));
        assertThat(quote.payable()).isEqualTo(Money.of("300.00"));
        assertThat(quote.shipping().explanation().zh()).contains("这些订单没有已付运费可抵扣,合并发货");
        assertThat(quote.shipping().explanation().en()).contains("no shipping was paid on them, shipped together");
    }

    @Test
    void accumulationGivesMoreThanLifetimeFreeShippingSoItWins() {
        PriceQuote quote = RequestBuilder.to("上海").lifetimeFreeShipping().line("ITEM", 1, "300", "1")
                .earlierOrder("O-1", "200", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("6.00"));
    }

    @Test
    void accumulationDoesNotApplyWithANonDefaultCarrier() {
        PriceQuote quote = RequestBuilder.to("上海").by(Carrier.SF).line("ITEM", 1, "300", "1")
                .earlierOrder("O-1", "300", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.NON_DEFAULT_CARRIER);
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.payable()).isEqualTo(Money.of("312.00"));
    }
}
