package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierDiscountTests {

    private static BracketCharge charge(String from, String to, String goods, String rate, String payable) {
        return new BracketCharge(Money.of(from), Money.of(to), Money.of(goods), new BigDecimal(rate), Money.of(payable));
    }

    @Test
    void reproducesTheWorkedExampleOfTheRules() {
        PriceQuote quote = RequestBuilder.to("上海").spend("9900")
                .line("DRESS", 1, "300", "0.5")
                .special("LIPSTICK", 1, "50", "0.1")
                .quote();

        assertThat(quote.brackets()).containsExactly(
                charge("9900", "10000", "100", "0.95", "95.00"),
                charge("10000", "10200", "200", "0.94", "188.00"));
        assertThat(quote.regularGoods()).isEqualTo(Money.of("300.00"));
        assertThat(quote.specialPriceGoods()).isEqualTo(Money.of("50.00"));
        assertThat(quote.goodsTotal()).isEqualTo(Money.of("350.00"));
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("333.00"));
        assertThat(quote.memberDiscount()).isEqualTo(Money.of("17.00"));
        assertThat(quote.cumulativeSpendBefore()).isEqualTo(Money.of("9900"));
        assertThat(quote.cumulativeSpendAfter()).isEqualTo(Money.of("10250.00"));
    }

    @Test
    void belowOneThousandNothingIsDiscounted() {
        assertThat(TierDiscount.charge(Money.ZERO, Money.of("999.99")))
                .containsExactly(charge("0", "999.99", "999.99", "1.00", "999.99"));
    }

    @Test
    void aPurchaseEndingExactlyAtOneThousandStaysInTheFirstBracket() {
        assertThat(TierDiscount.charge(Money.ZERO, Money.of("1000")))
                .containsExactly(charge("0", "1000", "1000", "1.00", "1000.00"));
    }

    @Test
    void fromJustBelowOneThousandOnlyTheFirstCentIsAtFullPrice() {
        assertThat(TierDiscount.charge(Money.of("999.99"), Money.of("1.00"))).containsExactly(
                charge("999.99", "1000", "0.01", "1.00", "0.01"),
                charge("1000", "1000.99", "0.99", "0.95", "0.94"));
    }

    @ParameterizedTest(name = "spend {0} + {1} is paid at {2}")
    @CsvSource({
            "1000.00,  100.00, 0.95, 95.00",
            "1000.01,  100.00, 0.95, 95.00",
            "10000.00, 100.00, 0.94, 94.00",
            "20000.00, 100.00, 0.93, 93.00",
            "250000,   100.00, 0.93, 93.00",
    })
    void fromABracketEdgeTheWholeOrderIsInThatBracket(String spend, String goods, String rate, String payable) {
        Money from = Money.of(spend);
        Money to = from.plus(Money.of(goods));
        assertThat(TierDiscount.charge(from, Money.of(goods)))
                .containsExactly(new BracketCharge(from, to, Money.of(goods), new BigDecimal(rate), Money.of(payable)));
    }

    @Test
    void crossingTenThousandSplitsBetweenNinetyFiveAndNinetyFour() {
        assertThat(TierDiscount.charge(Money.of("9999.99"), Money.of("100"))).containsExactly(
                charge("9999.99", "10000", "0.01", "0.95", "0.01"),
                charge("10000", "10099.99", "99.99", "0.94", "93.99"));
    }

    @Test
    void crossingTwentyThousandSplitsBetweenNinetyFourAndNinetyThree() {
        assertThat(TierDiscount.charge(Money.of("19999.99"), Money.of("100"))).containsExactly(
                charge("19999.99", "20000", "0.01", "0.94", "0.01"),
                charge("20000", "20099.99", "99.99", "0.93", "92.99"));
    }

    @Test
    void anOrderCanSpanAllFourBrackets() {
        PriceQuote quote = RequestBuilder.to("北京").spend("500").line("COAT", 1, "20000", "2").quote();

        assertThat(quote.brackets()).containsExactly(
                charge("500", "1000", "500", "1.00", "500.00"),
                charge("1000", "10000", "9000", "0.95", "8550.00"),
                charge("10000", "20000", "10000", "0.94", "9400.00"),
                charge("20000", "20500", "500", "0.93", "465.00"));
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("18915.00"));
        assertThat(quote.memberDiscount()).isEqualTo(Money.of("1085.00"));
        assertThat(quote.cumulativeSpendAfter()).isEqualTo(Money.of("20500.00"));
    }

    @Test
    void eachBracketIsRoundedHalfUpToTheFen() {
        // 0.30 × 0.95 = 0.285: half-up gives 0.29 (half-even would give 0.28).
        assertThat(TierDiscount.charge(Money.of("1000"), Money.of("0.30")))
                .containsExactly(charge("1000", "1000.30", "0.30", "0.95", "0.29"));
        // 0.50 × 0.93 = 0.465 → 0.47.
        assertThat(TierDiscount.charge(Money.of("30000"), Money.of("0.50")))
                .containsExactly(charge("30000", "30000.50", "0.50", "0.93", "0.47"));
    }

    @Test
    void specialPriceGoodsComeAfterRegularGoodsAndAreNeverDiscounted() {
        // Had the special-price goods gone first, the regular goods would land at 95%.
        PriceQuote quote = RequestBuilder.to("上海").spend("900")
                .special("SALE-BAG", 1, "200", "0.5")
                .line("SKIRT", 1, "100", "0.3")
                .quote();

        assertThat(quote.brackets()).containsExactly(charge("900", "1000", "100", "1.00", "100.00"));
        assertThat(quote.memberDiscount()).isEqualTo(Money.ZERO);
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("300.00"));
        assertThat(quote.cumulativeSpendAfter()).isEqualTo(Money.of("1200.00"));
    }

    @Test
    void specialPriceGoodsAloneAdvanceTheSpendWithoutAnyBracket() {
        PriceQuote quote = RequestBuilder.to("上海").spend("25000").special("SALE", 2, "40", "0.2").quote();

        assertThat(quote.brackets()).isEmpty();
        assertThat(quote.memberDiscount()).isEqualTo(Money.ZERO);
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("80.00"));
        assertThat(quote.cumulativeSpendAfter()).isEqualTo(Money.of("25080.00"));
    }

    @Test
    void quantityMultipliesTheListPrice() {
        PriceQuote quote = RequestBuilder.to("上海").spend("20000").line("SOCKS", 3, "19.90", "0.1").quote();

        assertThat(quote.regularGoods()).isEqualTo(Money.of("59.70"));
        // 59.70 × 0.93 = 55.521
        assertThat(quote.goodsPayable()).isEqualTo(Money.of("55.52"));
        assertThat(quote.memberDiscount()).isEqualTo(Money.of("4.18"));
    }

    @Test
    void zeroRegularGoodsHaveNoBracket() {
        assertThat(TierDiscount.charge(Money.of("5000"), Money.ZERO)).isEmpty();
    }
}
