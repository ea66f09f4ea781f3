package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Malformed input is the caller's error (InvalidInputException, 400), never a decision. */
class PolicyInputTests {

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo("invalid-after-sales-input");
        });
    }

    @Test
    void aRequestConcernsAtLeastOneUnitExceptAComplaint() {
        assertInvalid(() -> AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 0, null), "request.quantity");
        assertInvalid(() -> AfterSalesRequest.repair(Reason.DEFECT, -1), "request.quantity");
        assertInvalid(() -> new AfterSalesRequest(RequestKind.COMPLAINT, Reason.DEFECT, -1, null, null), "request.quantity");
        assertThat(AfterSalesRequest.complaint(Reason.DEFECT).quantity()).isZero();
    }

    @Test
    void onlyAnExchangeNamesAWantedItem() {
        assertInvalid(() -> new AfterSalesRequest(RequestKind.EXCHANGE, Reason.SIZE, 1, null, null), "request.wanted");
        assertInvalid(() -> new AfterSalesRequest(RequestKind.RETURN_REFUND, Reason.SIZE, 1, otherSize(1), null), "request.wanted");
    }

    @Test
    void onlyARefundTakesAPositiveAmount() {
        assertInvalid(() -> new AfterSalesRequest(RequestKind.REPAIR, Reason.DEFECT, 1, null, Money.of(10)), "request.refundAmount");
        assertInvalid(() -> AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.ZERO), "request.refundAmount");
        assertInvalid(() -> AfterSalesRequest.refundOnly(Reason.DEFECT, 1, Money.of("-1")), "request.refundAmount");
    }

    @Test
    void theWantedItemIsNamedAndStockIsNotNegative() {
        assertInvalid(() -> new WantedItem(" ", "DRESS-A", 1), "request.wanted.sku");
        assertInvalid(() -> new WantedItem("DRESS-A-M", "", 1), "request.wanted.styleCode");
        assertInvalid(() -> new WantedItem("DRESS-A-M", "DRESS-A", -1), "request.wanted.stockAvailable");
    }

    @Test
    void theLineIsConsistent() {
        var paid = Money.of("100");
        assertInvalid(() -> new PurchasedLine("", ProductKind.IN_STOCK, "A", 1, paid, 0, Money.ZERO), "line.sku");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, " ", 1, paid, 0, Money.ZERO), "line.styleCode");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 0, paid, 0, Money.ZERO), "line.quantityBought");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 1, paid, 2, Money.ZERO), "line.quantityReturned");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 1, paid, -1, Money.ZERO), "line.quantityReturned");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 1, Money.of("-1"), 0, Money.ZERO), "line.amountPaid");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 1, paid, 0, Money.of("100.01")), "line.amountRefunded");
        assertInvalid(() -> new PurchasedLine("A-S", ProductKind.IN_STOCK, "A", 1, paid, 0, Money.of("-0.01")), "line.amountRefunded");
    }

    @Test
    void historyAndSettingsAreSane() {
        assertInvalid(() -> new AfterSalesHistory(-1, false), "history.earlierExchanges");
        assertInvalid(() -> new PolicySettings(0, 30, 48), "settings.noReasonDays");
        assertInvalid(() -> new PolicySettings(7, 0, 48), "settings.qualityDays");
        assertInvalid(() -> new PolicySettings(7, 30, 0), "settings.customMadeExchangeHours");
        assertThat(PolicySettings.defaults()).isEqualTo(new PolicySettings(7, 30, 48));
        assertThat(AfterSalesHistory.none()).isEqualTo(new AfterSalesHistory(0, false));
    }

    @Test
    void aReceiptInTheFutureIsRefused() {
        assertInvalid(() -> PolicyCase.of(ProductKind.IN_STOCK).receivedAt(PolicyCase.NOW.plusSeconds(1))
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)), "receivedAt");
    }

    @Test
    void aReceiptThisVeryInstantIsWithinEveryWindow() {
        var decision = PolicyCase.of(ProductKind.CUSTOM_MADE).receivedAgo(Duration.ZERO)
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(1)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(PolicyCase.check(decision, PolicyRule.CUSTOM_MADE_WINDOW).detail().zh()).isEqualTo("签收 0 分钟 ≤ 48 小时 ✓");
    }

    @Test
    void theDecisionsChecksCannotBeChangedAfterwards() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.complaint(Reason.DEFECT));

        assertThatThrownBy(() -> decision.checks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
