package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeShippingTests {

    @ParameterizedTest(name = "{0} with goods {1}: {2}, fee {3}")
    @CsvSource({
            "上海, 499.99, BELOW_THRESHOLD,   6.00",
            "上海, 500.00, FREE_SINGLE_ORDER, 0.00",
            "江苏, 500.01, FREE_SINGLE_ORDER, 0.00",
            "北京, 500.00, BELOW_THRESHOLD,   8.00",
            "北京, 999.99, BELOW_THRESHOLD,   8.00",
            "北京, 1000.00, FREE_SINGLE_ORDER, 0.00",
            "广东, 5000,   FREE_SINGLE_ORDER, 0.00",
    })
    void regionsAAndBShipFreeFromTheirThreshold(String province, String goods, FreeShippingRule rule, String fee) {
        PriceQuote quote = RequestBuilder.to(province).line("ITEM", 1, goods, "1").quote();

        assertThat(quote.shipping().rule()).isEqualTo(rule);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of(fee));
        assertThat(quote.payable()).isEqualTo(quote.goodsPayable().plus(Money.of(fee)));
    }

    @Test
    void freeShippingIsExplainedWithTheNumbers() {
        ShippingQuote shipping = RequestBuilder.to("上海").line("ITEM", 1, "520", "1").quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
        assertThat(shipping.baseFee()).isEqualTo(Money.of("6.00"));
        assertThat(shipping.explanation().zh()).isEqualTo("江浙沪皖满500包邮:本单商品 520.00");
        assertThat(shipping.explanation().en())
                .isEqualTo("Free shipping to Jiangsu, Zhejiang, Shanghai, Anhui from 500.00: this order's goods 520.00");
    }

    @Test
    void regionBIsExplainedWithItsOwnThreshold() {
        ShippingQuote shipping = RequestBuilder.to("四川").line("ITEM", 1, "1200", "1").quote().shipping();

        assertThat(shipping.explanation().zh()).isEqualTo("其他大陆地区满1000包邮:本单商品 1200.00");
    }

    @Test
    void aShortfallIsExplainedWithTheNumbers() {
        ShippingQuote shipping = RequestBuilder.to("北京").line("ITEM", 1, "999.99", "1").quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(shipping.explanation().zh()).isEqualTo("其他大陆地区满1000包邮,本单商品 999.99 未达到:中通运费 8.00");
        assertThat(shipping.explanation().en()).isEqualTo(
                "Free shipping to rest of mainland China from 1000.00; this order's goods 999.99 fall short: ZTO fee 8.00");
    }

    @Test
    void thresholdsLookAtListPricesIncludingSpecialPriceGoodsBeforeTheMemberDiscount() {
        // A senior member pays 93% of 400 + 100 = 472.00, yet the goods at list price reach 500.
        PriceQuote quote = RequestBuilder.to("上海").spend("30000")
                .line("DRESS", 1, "400", "0.5")
                .special("SALE", 1, "100", "0.5")
                .quote();

        assertThat(quote.goodsPayable()).isEqualTo(Money.of("472.00"));
        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
        assertThat(quote.payable()).isEqualTo(Money.of("472.00"));
    }

    @ParameterizedTest(name = "remote, goods {0}, {1} kg: {2}, fee {3}")
    @CsvSource({
            "999.99,  1, BELOW_THRESHOLD, 15.00",
            "1000.00, 1, REMOTE_DISCOUNT, 5.00",
            "1000.00, 3, REMOTE_DISCOUNT, 25.00",
            "8000,    2, REMOTE_DISCOUNT, 15.00",
    })
    void remoteRegionsTakeTenOffFromOneThousand(String goods, int weightKg, FreeShippingRule rule, String fee) {
        ShippingQuote shipping = RequestBuilder.to("新疆").line("ITEM", 1, goods, String.valueOf(weightKg)).quote()
                .shipping();

        assertThat(shipping.region()).isEqualTo(Region.REMOTE);
        assertThat(shipping.rule()).isEqualTo(rule);
        assertThat(shipping.fee()).isEqualTo(Money.of(fee));
    }

    @Test
    void theRemoteDiscountIsExplained() {
        ShippingQuote shipping = RequestBuilder.to("宁夏").line("ITEM", 1, "1000", "3").quote().shipping();

        assertThat(shipping.explanation().zh()).isEqualTo("偏远地区满1000运费减10:本单商品 1000.00,运费 35.00 减 10.00 为 25.00");
        assertThat(shipping.explanation().en()).isEqualTo(
                "Remote regions take 10.00 off shipping from 1000.00: this order's goods 1000.00, fee 35.00 less 10.00 is 25.00");
    }

    @Test
    void theRemoteDiscountNeverTakesTheFeeBelowZero() {
        RateTable cheapRemote = new RateTable(RateTable.defaults().entries().stream()
                .map(entry -> entry.carrier() == Carrier.ZTO && entry.region() == Region.REMOTE
                        ? new RateTable.Entry(Carrier.ZTO, Region.REMOTE, Money.of(8), Money.ZERO)
                        : entry)
                .toList());

        ShippingQuote shipping = RequestBuilder.to("贵州").line("ITEM", 1, "1500", "1").quote(cheapRemote).shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.REMOTE_DISCOUNT);
        assertThat(shipping.baseFee()).isEqualTo(Money.of("8.00"));
        assertThat(shipping.fee()).isEqualTo(Money.ZERO);
        assertThat(shipping.explanation().zh()).endsWith("运费 8.00 减 10.00 为 0.00(不低于零)");
        assertThat(shipping.explanation().en()).endsWith("fee 8.00 less 10.00 is 0.00 (never below zero)");
    }

    @Test
    void remoteRegionsDoNotAccumulate() {
        PriceQuote quote = RequestBuilder.to("青海").line("ITEM", 1, "600", "1")
                .earlierOrder("O-1", "600", "15")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("15.00"));
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
        assertThat(quote.shipping().explanation().zh())
                .isEqualTo("偏远地区满1000运费减10,本单商品 600.00 未达到(偏远地区不参与3天内累计):中通运费 15.00");
    }

    @ParameterizedTest(name = "no free shipping to {0} by {1}, even from {2}")
    @CsvSource({"香港, SF, 30.00", "澳门, SF, 30.00", "台湾, SF, 30.00", "海外, EMS, 150.00"})
    void hongKongMacauTaiwanAndOverseasNeverShipFree(String province, Carrier carrier, String fee) {
        PriceQuote quote = RequestBuilder.to(province).by(carrier).lifetimeFreeShipping()
                .line("ITEM", 1, "50000", "1")
                .earlierOrder("O-1", "100", "30")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.NO_FREE_SHIPPING_REGION);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of(fee));
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.shipping().explanation().zh()).contains("不包邮", fee);
    }

    @Test
    void noFreeShippingRegionIsExplained() {
        ShippingQuote shipping = RequestBuilder.to("海外").by(Carrier.EMS).line("ITEM", 1, "3000", "2").quote()
                .shipping();

        assertThat(shipping.explanation().zh()).isEqualTo("海外不包邮:EMS运费 200.00");
        assertThat(shipping.explanation().en()).isEqualTo("No free shipping to overseas: EMS fee 200.00");
    }

    @ParameterizedTest(name = "lifetime free shipping to {0}")
    @CsvSource({"上海, 6.00", "北京, 8.00", "新疆, 35.00"})
    void lifetimeFreeShippingMakesTheShipmentFree(String province, String waived) {
        ShippingQuote shipping = RequestBuilder.to(province).lifetimeFreeShipping().line("ITEM", 1, "100", "3").quote()
                .shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.LIFETIME);
        assertThat(shipping.baseFee()).isEqualTo(Money.of(waived));
        assertThat(shipping.fee()).isEqualTo(Money.ZERO);
        assertThat(shipping.explanation().zh()).isEqualTo("终身包邮(已绑定此收货地址):免中通运费 " + waived);
        assertThat(shipping.explanation().en())
                .isEqualTo("Lifetime free shipping bound to this address: ZTO fee " + waived + " waived");
    }

    @Test
    void lifetimeFreeShippingBeatsTheRemoteDiscount() {
        ShippingQuote shipping = RequestBuilder.to("新疆").lifetimeFreeShipping().line("ITEM", 1, "2000", "1").quote()
                .shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.LIFETIME);
        assertThat(shipping.fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void lifetimeFreeShippingBoundElsewhereDoesNothing() {
        ShippingQuote shipping = RequestBuilder.to("上海").line("ITEM", 1, "100", "1").quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(shipping.fee()).isEqualTo(Money.of("6.00"));
    }

    @ParameterizedTest(name = "{1} to {0} with goods {2}: full fee {3}")
    @CsvSource({
            "上海, SF,  600,  12.00",
            "上海, EMS, 600,  20.00",
            "北京, SF,  5000, 12.00",
            "新疆, SF,  1000, 20.00",
            "新疆, EMS, 1000, 20.00",
    })
    void aNonDefaultCarrierPaysItsFullFeeWithoutFreeShipping(String province, Carrier carrier, String goods,
            String fee) {
        PriceQuote quote = RequestBuilder.to(province).by(carrier).lifetimeFreeShipping()
                .line("ITEM", 1, goods, "1")
                .earlierOrder("O-1", "1000", "8")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.NON_DEFAULT_CARRIER);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of(fee));
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
    }

    @Test
    void aNonDefaultCarrierIsExplained() {
        ShippingQuote shipping = RequestBuilder.to("上海").by(Carrier.parse("顺丰")).line("ITEM", 1, "600", "2").quote()
                .shipping();

        assertThat(shipping.explanation().zh()).isEqualTo("买家指定顺丰(默认快递为中通):按顺丰全额收运费 14.00,不享受包邮");
        assertThat(shipping.explanation().en())
                .isEqualTo("Buyer chose SF instead of the default ZTO: full SF fee 14.00, free shipping does not apply");
    }

    @Test
    void namingTheDefaultCarrierIsTheSameAsNamingNone() {
        PriceQuote named = RequestBuilder.to("上海").by(Carrier.ZTO).line("ITEM", 1, "600", "2").quote();
        PriceQuote unnamed = RequestBuilder.to("上海").line("ITEM", 1, "600", "2").quote();

        assertThat(named).isEqualTo(unnamed);
        assertThat(named.shipping().rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
    }

    @Test
    void whereTheDefaultCarrierDoesNotGoAnotherOneIsNotANonDefaultChoice() {
        RateTable withoutZtoInB = new RateTable(RateTable.defaults().entries().stream()
                .filter(entry -> !(entry.carrier() == Carrier.ZTO && entry.region() == Region.B))
                .toList());

        ShippingQuote shipping = RequestBuilder.to("北京").by(Carrier.SF).line("ITEM", 1, "1000", "1")
                .quote(withoutZtoInB).shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
        assertThat(shipping.fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void onlyRulesThatLowerTheFeeSaySo() {
        assertThat(List.of(FreeShippingRule.values())).filteredOn(FreeShippingRule::lowersFee).containsExactlyInAnyOrder(
                FreeShippingRule.FREE_SINGLE_ORDER, FreeShippingRule.FREE_ACCUMULATED,
                FreeShippingRule.REMOTE_DISCOUNT, FreeShippingRule.LIFETIME);
    }
}
