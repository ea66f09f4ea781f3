package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static com.csdesk.aftersales.policy.PolicyCase.otherStyle;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 代购: no return or exchange for a buyer's reason; a supervisor may approve an exchange from stock. */
class PurchaseAgentPolicyTests {

    private static PolicyCase purchaseAgent() {
        return PolicyCase.of(ProductKind.PURCHASE_AGENT);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NO_REASON", "SIZE", "COLOUR", "STYLE"})
    void aReturnForABuyerReasonIsRejectedEvenOnTheDayOfReceipt(Reason reason) {
        var decision = purchaseAgent().receivedAgo(Duration.ofHours(1)).resalable(true)
                .decide(AfterSalesRequest.returnAndRefund(reason, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.checks()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(PolicyRule.PRODUCT_KIND);
            assertThat(c.detail().zh()).isEqualTo("代购商品:非质量问题不退不换 ✗");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"SIZE", "COLOUR"})
    void aSizeOrColourExchangeFromStockNeedsASupervisor(Reason reason) {
        var decision = purchaseAgent().decide(AfterSalesRequest.exchange(reason, 1, otherSize(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PURCHASE_AGENT_EXCHANGE, PolicyRule.STYLE_CHANGE, PolicyRule.NO_REASON_WINDOW,
                PolicyRule.STOCK, PolicyRule.RESALABLE, PolicyRule.QUANTITY);
        assertThat(check(decision, PolicyRule.PURCHASE_AGENT_EXCHANGE).passed()).isFalse();
        assertThat(check(decision, PolicyRule.STYLE_CHANGE).passed()).isTrue();
    }

    @Test
    void aSizeExchangeForASkuOutOfStockIsRejected() {
        var decision = purchaseAgent().decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(0)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(check(decision, PolicyRule.STOCK).passed()).isFalse();
    }

    @Test
    void aSizeExchangeAsksWithinTheNoReasonWindow() {
        assertThat(purchaseAgent().receivedAgo(Duration.ofDays(7))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(2))).outcome())
                .isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(purchaseAgent().receivedAgo(Duration.ofDays(7).plusSeconds(1))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(2))).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aSizeExchangeOfAnItemThatCannotBeSoldAgainIsRejected() {
        var decision = purchaseAgent().resalable(false).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aSizeExchangeBeforeReceiptIsRejected() {
        var decision = purchaseAgent().notReceived().decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).passed()).isFalse();
    }

    @Test
    void aFirstStyleChangeNeedsASupervisor() {
        var decision = purchaseAgent().decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PURCHASE_AGENT_EXCHANGE, PolicyRule.STYLE_CHANGE, PolicyRule.STYLE_CHANGE_EXCEPTION,
                PolicyRule.NO_REASON_WINDOW, PolicyRule.STOCK, PolicyRule.RESALABLE, PolicyRule.QUANTITY);
        var style = check(decision, PolicyRule.STYLE_CHANGE);
        assertThat(style.passed()).isFalse();
        assertThat(style.detail().zh()).isEqualTo("代购商品换款 DRESS-A → SKIRT-B 不在规则内,须主管审批 ✗");
        assertThat(style.detail().en())
                .isEqualTo("style change DRESS-A → SKIRT-B of purchase agent goods is outside the rules: a supervisor must approve ✗");
        assertThat(check(decision, PolicyRule.STYLE_CHANGE_EXCEPTION).passed()).isTrue();
    }

    @Test
    void aSecondStyleChangeIsRejectedBecauseTheExceptionWasGrantedOnce() {
        var decision = purchaseAgent().history(0, true).decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var exception = check(decision, PolicyRule.STYLE_CHANGE_EXCEPTION);
        assertThat(exception.passed()).isFalse();
        assertThat(exception.detail().zh()).isEqualTo("该会员已获批过一次换款特例(下不为例) ✗");
    }

    @Test
    void aStyleChangeIsRecognisedFromTheStyleNotTheReason() {
        var decision = purchaseAgent().history(0, true).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherStyle(2)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.STYLE_CHANGE).passed()).isFalse();
    }

    @Test
    void aQualityProblemOverridesThePurchaseAgentRestriction() {
        var decision = purchaseAgent().receivedAgo(Duration.ofDays(20)).resalable(false)
                .decide(AfterSalesRequest.returnAndRefund(Reason.DEFECT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
        assertThat(check(decision, PolicyRule.PRODUCT_KIND).detail().zh())
                .isEqualTo("「瑕疵」属质量问题,不受商品类型限制(本件:代购) ✓");
    }

    @Test
    void aQualityExchangeNeedsNoSupervisor() {
        var decision = purchaseAgent().decide(AfterSalesRequest.exchange(Reason.NOT_AS_DESCRIBED, 1, otherSize(1)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
        assertThat(decision.checks()).extracting(PolicyCheck::rule)
                .doesNotContain(PolicyRule.PURCHASE_AGENT_EXCHANGE, PolicyRule.STYLE_CHANGE, PolicyRule.RESALABLE);
    }
}
