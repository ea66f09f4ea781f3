package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.csdesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overseas orders through a forwarding company's mainland address (海外转运). */
class OverseasForwardingTests {

    @ParameterizedTest(name = "forwarding through {0} by {1}: {3}")
    @CsvSource({
            "上海, ZTO, A,      6.00",
            "广东, ZTO, B,      8.00",
            "新疆, ZTO, REMOTE, 35.00",
            "广东, SF,  B,      16.00",
            "浙江, EMS, A,      32.00",
    })
    void theFeeIsThatOfTheForwardersMainlandProvinceWithoutFreeShipping(String province, Carrier carrier,
            Region region, String fee) {
        PriceQuote quote = RequestBuilder.to(province).by(carrier).forwarding().lifetimeFreeShipping()
                .line("ITEM", 1, "3000", "3")
                .earlierOrder("O-1", "100", "6")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.OVERSEAS_FORWARDING);
        assertThat(quote.shipping().overseasForwarding()).isTrue();
        assertThat(quote.shipping().region()).isEqualTo(region);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of(fee));
        assertThat(quote.shipTogetherWith()).isEmpty();
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
    }

    @Test
    void forwardingIsExplained() {
        ShippingQuote shipping = RequestBuilder.to("广东省").forwarding().line("ITEM", 1, "2000", "1").quote().shipping();

        assertThat(shipping.explanation().zh()).isEqualTo("海外转运:按转运公司大陆地址(广东)收中通运费 8.00,不包邮,一次发货");
        assertThat(shipping.explanation().en()).isEqualTo("Overseas forwarding: ZTO fee 8.00 to the forwarder's mainland "
                + "address (Guangdong), no free shipping, ships in one go");
    }

    @Test
    void forwardingShipsInOneGoSoInStockFirstIsRefused() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").forwarding().inStockFirst()
                .line("TOP", 1, "100", "1")
                .preordered("COAT", 1, "100", "1")
                .quote())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("split-shipment-not-allowed");
                    assertThat(e.text().zh()).isEqualTo("海外转运订单须一次发货,不能现货先发");
                    assertThat(e.text().en())
                            .isEqualTo("An overseas-forwarding order ships in one go: in-stock goods cannot ship first");
                });
    }

    @Test
    void inStockFirstIsHarmlessWhenThereIsNothingToSplit() {
        ShippingQuote shipping = RequestBuilder.to("上海").forwarding().inStockFirst()
                .line("TOP", 1, "100", "1")
                .line("SKIRT", 1, "100", "1")
                .quote().shipping();

        assertThat(shipping.shipments()).hasSize(1);
        assertThat(shipping.fee()).isEqualTo(Money.of("6.00"));
    }

    @Test
    void withoutForwardingAMainlandOrderIsNotMarked() {
        assertThat(RequestBuilder.to("上海").line("ITEM", 1, "10", "1").quote().shipping().overseasForwarding())
                .isFalse();
    }
}
