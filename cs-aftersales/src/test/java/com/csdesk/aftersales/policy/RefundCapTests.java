package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import com.csdesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refunds never exceed what was paid and not yet refunded; quantities never exceed what is left. */
class RefundCapTests {

    private static PolicyCase threeFor(String paid, int returned, String refunded) {
        return PolicyCase.of(ProductKind.IN_STOCK).line(new PurchasedLine(
                PolicyCase.SKU, ProductKind.IN_STOCK, PolicyCase.STYLE, 3, Money.of(paid), returned, Money.of(refunded)));
    }

    @ParameterizedTest(name = "asked {0} of 299.00 → {1}")
    @CsvSource({"0.01, ALLOWED", "150.00, ALLOWED", "299.00, ALLOWED", "299.01, REJECTED", "1000.00, REJECTED"})
    void aRequestedAmountAboveWhatWasPaidIsRejectedNotCapped(String asked, Outcome expected) {
        var decision = PolicyCase.of(ProductKind.IN_STOCK)
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, Money.of(asked)));

        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(check(decision, PolicyRule.REFUND_CAP).passed()).isEqualTo(expected == Outcome.ALLOWED);
        assertThat(decision.maxRefund()).isEqualTo(expected == Outcome.ALLOWED ? Money.of("299.00") : Money.ZERO);
    }

    @Test
    void theCapCheckShowsTheAmounts() {
        var within = PolicyCase.of(ProductKind.IN_STOCK)
                .decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.of("80")));
        var above = PolicyCase.of(ProductKind.IN_STOCK)
                .decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.of("300")));

        assertThat(check(within, PolicyRule.REFUND_CAP).detail().zh())
                .isEqualTo("申请退款 ¥80.00 ≤ 可退 ¥299.00(实付 ¥299.00,已退 ¥0.00) ✓");
        assertThat(check(above, PolicyRule.REFUND_CAP).detail().en())
                .isEqualTo("refund of ¥300.00 requested > ¥299.00 refundable (paid ¥299.00, refunded ¥0.00) ✗");
    }

    @Test
    void earlierRefundsLowerTheCap() {
        var kase = PolicyCase.of(ProductKind.IN_STOCK).line(new PurchasedLine(
                PolicyCase.SKU, ProductKind.IN_STOCK, PolicyCase.STYLE, 1, Money.of("299.00"), 0, Money.of("100.00")));

        assertThat(kase.decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.of("199.00"))).outcome())
                .isEqualTo(Outcome.ALLOWED);
        var above = kase.decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.of("199.01")));
        assertThat(above.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(kase.decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, null)).maxRefund()).isEqualTo(Money.of("199.00"));
    }

    @Test
    void aPartOfTheLineRefundsItsShareOfWhatWasPaid() {
        var decision = threeFor("300.00", 0, "0").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.maxRefund()).isEqualTo(Money.of("100.00"));
        assertThat(threeFor("300.00", 0, "0").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, Money.of("100.01"))).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void theLastUnitsTakeWhateverIsLeftSoRoundingStrandsNothing() {
        assertThat(threeFor("100.00", 0, "0").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)).maxRefund())
                .isEqualTo(Money.of("33.33"));
        assertThat(threeFor("100.00", 1, "33.33").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)).maxRefund())
                .isEqualTo(Money.of("33.33"));
        assertThat(threeFor("100.00", 2, "66.66").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)).maxRefund())
                .isEqualTo(Money.of("33.34"));
        assertThat(threeFor("100.00", 1, "33.33").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 2, null)).maxRefund())
                .isEqualTo(Money.of("66.67"));
    }

    @Test
    void theShareNeverExceedsWhatIsLeftAfterAPartialRefund() {
        var decision = threeFor("300.00", 0, "250.00").decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, null));

        assertThat(decision.maxRefund()).isEqualTo(Money.of("50.00"));
    }

    @Test
    void nothingLeftToRefundIsRejected() {
        var decision = threeFor("300.00", 0, "300.00").decide(AfterSalesRequest.refundOnly(Reason.DEFECT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.REFUND_CAP).detail().zh()).isEqualTo("已无可退金额(实付 ¥300.00,已退 ¥300.00) ✗");
    }

    @Test
    void moreUnitsThanAreLeftAreRejected() {
        var decision = threeFor("300.00", 2, "200.00").decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 2, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var quantity = check(decision, PolicyRule.QUANTITY);
        assertThat(quantity.detail().zh()).isEqualTo("申请 2 件 > 可申请 1 件(购买 3,已退 2) ✗");
        assertThat(threeFor("300.00", 2, "200.00").decide(AfterSalesRequest.exchange(Reason.SIZE, 2, otherSize(5))).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void anExchangeOrRepairRefundsNothing() {
        assertThat(PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(5))).maxRefund())
                .isEqualTo(Money.ZERO);
        var repair = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.repair(Reason.DEFECT, 1));
        assertThat(repair.maxRefund()).isEqualTo(Money.ZERO);
        assertThat(repair.checks()).extracting(PolicyCheck::rule).doesNotContain(PolicyRule.REFUND_CAP);
    }

    @Test
    void theServiceIsRefusedARefundAboveTheDecisionsCap() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThatCode(() -> decision.requireRefundable(Money.of("299.00"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> decision.requireRefundable(Money.of("299.01")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("refund-above-cap");
                    assertThat(e.text().zh()).isEqualTo("退款 ¥299.01 超过可退金额 ¥299.00");
                });
    }

    @Test
    void aRejectedDecisionRefundsNothing() {
        var decision = PolicyCase.of(ProductKind.PURCHASE_AGENT).decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThatThrownBy(() -> decision.requireRefundable(Money.of("0.01"))).isInstanceOf(RuleViolationException.class);
    }
}
