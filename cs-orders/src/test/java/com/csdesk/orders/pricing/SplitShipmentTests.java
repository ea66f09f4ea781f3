package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.csdesk.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-stock goods first (现货先发): free shipping covers the first shipment only. */
class SplitShipmentTests {

    @Test
    void withFreeShippingTheInStockShipmentIsFreeAndTheRestPaysItsNormalFee() {
        ShippingQuote shipping = RequestBuilder.to("上海").inStockFirst()
                .line("TOP", 1, "300", "0.5")
                .preordered("KOREA-COAT", 1, "400", "2.5")
                .quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.FREE_SINGLE_ORDER);
        assertThat(shipping.shipments()).containsExactly(
                new Shipment(List.of("TOP"), 1, Money.of(6), Money.ZERO),
                new Shipment(List.of("KOREA-COAT"), 3, Money.of(6), Money.of(6)));
        assertThat(shipping.baseFee()).isEqualTo(Money.of("12.00"));
        assertThat(shipping.fee()).isEqualTo(Money.of("6.00"));
        assertThat(shipping.explanation().zh()).isEqualTo("江浙沪皖满500包邮:本单商品 700.00;现货先发,分 2 个包裹发货:"
                + "优惠只含首个(现货)包裹,第 2 个包裹 3 kg 按正常运费 6.00");
        assertThat(shipping.explanation().en()).isEqualTo("Free shipping to Jiangsu, Zhejiang, Shanghai, Anhui from "
                + "500.00: this order's goods 700.00; in stock first, 2 shipments: the rule covers only the first "
                + "(in-stock) shipment, shipment 2 (3 kg) at the normal fee 6.00");
    }

    @Test
    void withoutFreeShippingEachShipmentPaysItsOwnFee() {
        PriceQuote quote = RequestBuilder.to("上海").by(Carrier.SF).inStockFirst()
                .line("TOP", 1, "100", "0.5")
                .preordered("KOREA-COAT", 1, "100", "2.5")
                .line("SCARF", 1, "50", "0.3")
                .quote();

        assertThat(quote.shipping().shipments()).extracting(Shipment::skus, Shipment::weightKg, Shipment::fee)
                .containsExactly(
                        tuple(List.of("TOP", "SCARF"), 1, Money.of("12")),
                        tuple(List.of("KOREA-COAT"), 3, Money.of("16")));
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("28.00"));
        assertThat(quote.payable()).isEqualTo(Money.of("278.00"));
        assertThat(quote.shipping().explanation().zh()).endsWith(";现货先发,分 2 个包裹发货:第 2 个包裹 3 kg 按正常运费 16.00");
    }

    @Test
    void belowTheThresholdEachShipmentPaysTheDefaultCarriersFee() {
        ShippingQuote shipping = RequestBuilder.to("北京").inStockFirst()
                .line("TOP", 1, "100", "0.2")
                .preordered("BAG", 1, "100", "0.2")
                .quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(shipping.shipments()).extracting(Shipment::fee).containsExactly(Money.of(8), Money.of(8));
        assertThat(shipping.fee()).isEqualTo(Money.of("16.00"));
    }

    @Test
    void lifetimeFreeShippingCoversTheFirstShipmentOnly() {
        ShippingQuote shipping = RequestBuilder.to("新疆").lifetimeFreeShipping().inStockFirst()
                .line("TOP", 1, "100", "1")
                .preordered("BOOTS", 1, "100", "2")
                .quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.LIFETIME);
        assertThat(shipping.shipments()).extracting(Shipment::fee).containsExactly(Money.ZERO, Money.of(25));
        assertThat(shipping.fee()).isEqualTo(Money.of("25.00"));
    }

    @Test
    void theRemoteDiscountCoversTheFirstShipmentOnly() {
        ShippingQuote shipping = RequestBuilder.to("甘肃").inStockFirst()
                .line("TOP", 1, "600", "1")
                .preordered("BOOTS", 1, "400", "2")
                .quote().shipping();

        assertThat(shipping.rule()).isEqualTo(FreeShippingRule.REMOTE_DISCOUNT);
        assertThat(shipping.shipments()).extracting(Shipment::baseFee, Shipment::fee).containsExactly(
                tuple(Money.of(15), Money.of(5)),
                tuple(Money.of(25), Money.of(25)));
        assertThat(shipping.fee()).isEqualTo(Money.of("30.00"));
    }

    @Test
    void theExtraShipmentIsPaidEvenWhenEarlierShippingIsDeducted() {
        PriceQuote quote = RequestBuilder.to("上海").inStockFirst()
                .line("TOP", 1, "2.00", "0.2")
                .preordered("BAG", 1, "2.00", "0.2")
                .earlierOrder("O-1", "496", "20")
                .quote();

        // goods 4.00 + extra shipment 6.00 = 10.00 is all the 20.00 paid earlier can cover.
        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.FREE_ACCUMULATED);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("6.00"));
        assertThat(quote.shippingDeduction()).isEqualTo(Money.of("10.00"));
        assertThat(quote.payable()).isEqualTo(Money.ZERO);
    }

    @Test
    void allLinesInStockMakeOneShipment() {
        ShippingQuote shipping = RequestBuilder.to("上海").inStockFirst()
                .line("TOP", 1, "100", "0.5")
                .line("SKIRT", 1, "100", "0.7")
                .quote().shipping();

        assertThat(shipping.shipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.skus()).containsExactly("TOP", "SKIRT");
            assertThat(shipment.weightKg()).isEqualTo(2);
        });
        assertThat(shipping.explanation().zh()).doesNotContain("现货先发");
    }

    @Test
    void noLineInStockMakesOneShipment() {
        ShippingQuote shipping = RequestBuilder.to("上海").inStockFirst()
                .preordered("COAT", 1, "100", "0.5")
                .preordered("BOOTS", 1, "100", "0.7")
                .quote().shipping();

        assertThat(shipping.shipments()).hasSize(1);
    }

    @Test
    void withoutTheBuyerAskingMixedLinesShipTogether() {
        ShippingQuote shipping = RequestBuilder.to("北京")
                .line("TOP", 1, "100", "0.5")
                .preordered("COAT", 1, "100", "0.7")
                .quote().shipping();

        assertThat(shipping.shipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.skus()).containsExactly("TOP", "COAT");
            assertThat(shipment.weightKg()).isEqualTo(2);
            assertThat(shipment.fee()).isEqualTo(Money.of(8));
        });
    }
}
