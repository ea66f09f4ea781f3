package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fees straight from the default rate table, on orders too small for any free-shipping rule. */
class ShippingFeeTests {

    @ParameterizedTest(name = "{1} to {0}, {3} × {2} kg → {4} kg, {6}")
    @CsvSource({
            // ZTO: first weight only in A and B, continued weight in remote regions.
            "上海,   ZTO, 0.2,  1, 1, A,        6.00",
            "浙江,   ZTO, 5,    1, 5, A,        6.00",
            "北京,   ZTO, 1,    3, 3, B,        8.00",
            "广东,   ZTO, 9.5,  1, 10, B,       8.00",
            "新疆,   ZTO, 1,    1, 1, REMOTE,  15.00",
            "新疆,   ZTO, 1.01, 1, 2, REMOTE,  25.00",
            "青海,   ZTO, 1,    3, 3, REMOTE,  35.00",
            // SF
            "上海,   SF,  0.2,  1, 1, A,       12.00",
            "江苏,   SF,  1.0,  1, 1, A,       12.00",
            "安徽,   SF,  1.01, 1, 2, A,       14.00",
            "上海,   SF,  0.5,  3, 2, A,       14.00",
            "广东,   SF,  3,    1, 3, B,       16.00",
            "甘肃,   SF,  2,    1, 2, REMOTE,  28.00",
            "香港,   SF,  1,    1, 1, HK_MO_TW, 30.00",
            "澳门,   SF,  0.3,  1, 1, HK_MO_TW, 30.00",
            "台湾,   SF,  2.5,  1, 3, HK_MO_TW, 50.00",
            // EMS
            "江苏,   EMS, 1,    1, 1, A,       20.00",
            "北京,   EMS, 2,    1, 2, B,       26.00",
            "西藏,   EMS, 3,    1, 3, REMOTE,  32.00",
            "海外,   EMS, 1,    1, 1, OVERSEAS, 150.00",
            "海外,   EMS, 1.2,  2, 3, OVERSEAS, 250.00",
    })
    void chargesTheRateOfTheCarrierAndRegionForTheRoundedUpWeight(String province, Carrier carrier,
            String unitWeightKg, int quantity, int weightKg, Region region, String fee) {
        ShippingQuote shipping = RequestBuilder.to(province).by(carrier)
                .line("ITEM", quantity, "10", unitWeightKg)
                .quote().shipping();

        assertThat(shipping.carrier()).isEqualTo(carrier);
        assertThat(shipping.region()).isEqualTo(region);
        assertThat(shipping.shipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.weightKg()).isEqualTo(weightKg);
            assertThat(shipment.baseFee()).isEqualTo(Money.of(fee));
            assertThat(shipment.fee()).isEqualTo(Money.of(fee));
        });
        assertThat(shipping.baseFee()).isEqualTo(Money.of(fee));
        assertThat(shipping.fee()).isEqualTo(Money.of(fee));
    }

    @ParameterizedTest(name = "{0} kg is charged as {1} kg")
    @CsvSource({"0, 1", "0.2, 1", "0.999, 1", "1.0, 1", "1.00, 1", "1.01, 2", "1.5, 2", "2, 2", "2.001, 3"})
    void weightIsRoundedUpToWholeKilogramsAndIsAtLeastOne(String weightKg, int chargedKg) {
        Shipment shipment = RequestBuilder.to("上海").by(Carrier.SF).line("ITEM", 1, "10", weightKg)
                .quote().shipping().shipments().getFirst();

        assertThat(shipment.weightKg()).isEqualTo(chargedKg);
        assertThat(shipment.baseFee()).isEqualTo(Money.of(12 + 2L * (chargedKg - 1)));
    }

    @ParameterizedTest(name = "lines of {0} kg and {1} kg weigh {2} kg together")
    @CsvSource({"0.4, 0.6, 1", "0.5, 0.6, 2", "0.3, 0.3, 1"})
    void theWeightOfAllLinesIsAddedBeforeRounding(String first, String second, int chargedKg) {
        Shipment shipment = RequestBuilder.to("北京").by(Carrier.EMS)
                .line("A", 1, "10", first)
                .line("B", 1, "10", second)
                .quote().shipping().shipments().getFirst();

        assertThat(shipment.weightKg()).isEqualTo(chargedKg);
        assertThat(shipment.skus()).containsExactly("A", "B");
    }

    @ParameterizedTest(name = "to {0} ZTO is the default")
    @CsvSource({"上海, 6.00", "北京, 8.00", "新疆, 15.00"})
    void withoutACarrierZtoShips(String province, String fee) {
        ShippingQuote shipping = RequestBuilder.to(province).line("ITEM", 1, "10", "1").quote().shipping();

        assertThat(shipping.carrier()).isEqualTo(Carrier.ZTO);
        assertThat(shipping.fee()).isEqualTo(Money.of(fee));
    }
}
