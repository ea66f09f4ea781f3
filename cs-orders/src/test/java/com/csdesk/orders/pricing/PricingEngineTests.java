package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Province;
import com.csdesk.shared.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PricingEngineTests {

    @Test
    void aQuoteAddsUpGoodsAfterDiscountAndShipping() {
        PriceQuote quote = RequestBuilder.to("北京").spend("9900")
                .line("DRESS", 1, "300", "0.5")
                .special("LIPSTICK", 1, "50", "0.1")
                .quote();

        assertThat(quote.goodsPayable()).isEqualTo(Money.of("333.00"));
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("8.00"));
        assertThat(quote.shippingDeduction()).isEqualTo(Money.ZERO);
        assertThat(quote.payable()).isEqualTo(Money.of("341.00"));
    }

    @Test
    void theWorkedExampleInRegionAShipsForItsFeeToo() {
        PriceQuote quote = RequestBuilder.to("上海").spend("9900")
                .line("DRESS", 1, "300", "0.5")
                .special("LIPSTICK", 1, "50", "0.1")
                .quote();

        assertThat(quote.shipping().rule()).isEqualTo(FreeShippingRule.BELOW_THRESHOLD);
        assertThat(quote.payable()).isEqualTo(Money.of("339.00"));
    }

    @Test
    void aQuoteWithEverythingFreeStillShowsItsBreakdown() {
        PriceQuote quote = RequestBuilder.to("上海").spend("1000").line("COAT", 2, "300", "1.2").quote();

        assertThat(quote.goodsTotal()).isEqualTo(Money.of("600.00"));
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("570.00"));
        assertThat(quote.shipping().baseFee()).isEqualTo(Money.of("6.00"));
        assertThat(quote.shipping().fee()).isEqualTo(Money.ZERO);
        assertThat(quote.shipping().shipments()).singleElement()
                .satisfies(shipment -> assertThat(shipment.weightKg()).isEqualTo(3));
        assertThat(quote.payable()).isEqualTo(Money.of("570.00"));
    }

    @ParameterizedTest(name = "{0} is region {1}")
    @CsvSource({
            "上海, A", "上海市, A", "Shanghai, A", "江苏省, A", "浙江, A", "安徽省, A",
            "北京, B", "北京市, B", "广西壮族自治区, B", "内蒙古, B", "Guangdong, B",
            "新疆, REMOTE", "新疆维吾尔自治区, REMOTE", "西藏自治区, REMOTE", "宁夏回族自治区, REMOTE", "贵州省, REMOTE",
    })
    void provincesAreReadWithOrWithoutTheirSuffix(String province, Region region) {
        PriceQuote quote = RequestBuilder.to(province).line("ITEM", 1, "100", "1").quote();

        assertThat(quote.shipping().region()).isEqualTo(region);
    }

    @Test
    void theSameProvinceWrittenDifferentlyGivesTheSameQuote() {
        PriceQuote shortName = RequestBuilder.to("上海").line("ITEM", 1, "100", "1").quote();
        PriceQuote fullName = RequestBuilder.to("上海市").line("ITEM", 1, "100", "1").quote();
        PriceQuote english = RequestBuilder.to("shanghai").line("ITEM", 1, "100", "1").quote();

        assertThat(fullName).isEqualTo(shortName);
        assertThat(english).isEqualTo(shortName);
    }

    @Test
    void anUnknownProvinceIsInvalidInput() {
        assertThatThrownBy(() -> RequestBuilder.to("火星"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("province");
                    assertThat(e.text().zh()).contains("火星");
                });
    }

    @Test
    void anOrderNeedsAtLeastOneLine() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-lines");
                    assertThat(e.field()).isEqualTo("lines");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aQuantityBelowOneIsInvalid(int quantity) {
        assertThatThrownBy(() -> RequestBuilder.to("上海").line("DRESS-01", quantity, "100", "1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-quantity");
                    assertThat(e.field()).isEqualTo("quantity");
                    assertThat(e.text().zh()).isEqualTo("商品 DRESS-01 的数量至少为 1,收到 " + quantity);
                    assertThat(e.text().en()).isEqualTo("Quantity of DRESS-01 must be at least 1, got " + quantity);
                });
    }

    @Test
    void aLineNeedsASkuAPriceAndAWeightThatAreNotNegative() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").line(" ", 1, "100", "1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sku"));
        assertThatThrownBy(() -> RequestBuilder.to("上海").line("A", 1, "-0.01", "1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("unitListPrice"));
        assertThatThrownBy(() -> RequestBuilder.to("上海").line("A", 1, "1", "-0.1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("unitWeightKg"));
    }

    @Test
    void aFreeLineIsAllowed() {
        PriceQuote quote = RequestBuilder.to("上海").line("GIFT", 1, "0", "0.1").quote();

        assertThat(quote.goodsPayable()).isEqualTo(Money.ZERO);
        assertThat(quote.payable()).isEqualTo(Money.of("6.00"));
    }

    @Test
    void aNegativeCumulativeSpendIsInvalid() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").spend("-1").line("A", 1, "1", "1").build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cumulativeSpendBefore"));
    }

    @Test
    void anEarlierOrderNeedsANumberAndAmountsThatAreNotNegative() {
        assertThatThrownBy(() -> new AccumulationCandidate("", Money.of(1), Money.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orderNo"));
        assertThatThrownBy(() -> new AccumulationCandidate("O-1", Money.of("-1"), Money.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("goodsTotal"));
        assertThatThrownBy(() -> new AccumulationCandidate("O-1", Money.of(1), Money.of("-6")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("shippingPaid"));
    }

    @Test
    void aRequestKeepsItsOwnCopyOfTheLines() {
        List<PricingLine> lines = new ArrayList<>();
        lines.add(new PricingLine("A", "连衣裙", 1, Money.of(100), BigDecimal.ONE, false, true));
        PricingRequest request = new PricingRequest(Money.ZERO, false, Province.SHANGHAI, null, false, false, lines,
                List.of());
        lines.clear();

        assertThat(request.lines()).hasSize(1);
        assertThat(request.carrierOrDefault()).isEqualTo(Carrier.ZTO);
    }

    @Test
    void aLineKnowsItsAmountAndWeight() {
        PricingLine line = new PricingLine("A", "连衣裙", 3, Money.of("19.90"), new BigDecimal("0.35"), false, true);

        assertThat(line.amount()).isEqualTo(Money.of("59.70"));
        assertThat(line.weightKg()).isEqualByComparingTo("1.05");
    }
}
