package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static com.csdesk.aftersales.policy.PolicyCase.otherStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 现货: 7-day no-reason return and size/colour exchange, buyer pays, only if resalable. */
class InStockPolicyTests {

    private static PolicyCase inStock() {
        return PolicyCase.of(ProductKind.IN_STOCK);
    }

    @Test
    void noReasonReturnWithinSevenDaysIsAllowedAndTheBuyerPaysReturnShipping() {
        var decision = inStock().receivedAgo(Duration.ofDays(3)).resalable(true)
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.maxRefund()).isEqualTo(Money.of("299.00"));
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.NO_REASON_WINDOW, PolicyRule.RESALABLE,
                PolicyRule.QUANTITY, PolicyRule.REFUND_CAP);
        assertThat(decision.checks()).allMatch(c -> Boolean.TRUE.equals(c.passed()));
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).detail().zh()).isEqualTo("签收 3 天 ≤ 7 天 ✓");
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).detail().en()).isEqualTo("received 3 d ago ≤ 7 d ✓");
    }

    @Test
    void exactlySevenDaysAfterReceiptIsStillWithinTheWindow() {
        var decision = inStock().receivedAgo(Duration.ofDays(7))
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).detail().zh()).isEqualTo("签收 7 天 ≤ 7 天 ✓");
    }

    @Test
    void oneSecondPastSevenDaysIsRejected() {
        var decision = inStock().receivedAgo(Duration.ofDays(7).plusSeconds(1))
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(decision.maxRefund()).isEqualTo(Money.ZERO);
        var window = check(decision, PolicyRule.NO_REASON_WINDOW);
        assertThat(window.passed()).isFalse();
        assertThat(window.detail().zh()).isEqualTo("签收 7 天 1 分钟 > 7 天 ✗");
        assertThat(window.detail().en()).isEqualTo("received 7 d 1 min ago > 7 d ✗");
    }

    @Test
    void theWindowFollowsTheSetting() {
        var tenDays = new PolicySettings(10, 30, 48);

        assertThat(inStock().settings(tenDays).receivedAgo(Duration.ofDays(9))
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)).outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(inStock().settings(tenDays).receivedAgo(Duration.ofDays(10).plusSeconds(1))
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null)).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void anItemThatCannotBeSoldAgainIsRejectedOnceInspected() {
        var decision = inStock().resalable(false)
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var resalable = check(decision, PolicyRule.RESALABLE);
        assertThat(resalable.passed()).isFalse();
        assertThat(resalable.detail().zh()).isEqualTo("影响二次销售 ✗");
    }

    @Test
    void anItemNotYetInspectedIsToBeInspectedAndDoesNotBlock() {
        var decision = inStock().resalable(null)
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        var resalable = check(decision, PolicyRule.RESALABLE);
        assertThat(resalable.passed()).isNull();
        assertThat(resalable.failed()).isFalse();
        assertThat(resalable.detail().zh()).isEqualTo("是否影响二次销售:待验货");
        assertThat(resalable.detail().en()).isEqualTo("resalable: to be inspected");
    }

    @Test
    void aReturnBeforeReceiptIsRejectedBecauseTheWindowStartsAtReceipt() {
        var decision = inStock().notReceived()
                .decide(AfterSalesRequest.returnAndRefund(Reason.NO_REASON, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).detail().zh())
                .isEqualTo("未签收:7 天无理由期限自签收起算 ✗");
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).detail().en())
                .isEqualTo("not received yet: the 7 d no-reason window starts at receipt ✗");
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"SIZE", "COLOUR", "STYLE"})
    void aReturnForAnyBuyerReasonIsTheNoReasonReturn(Reason reason) {
        assertThat(inStock().receivedAgo(Duration.ofDays(7))
                .decide(AfterSalesRequest.returnAndRefund(reason, 1, null)).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(inStock().receivedAgo(Duration.ofDays(7).plusSeconds(1))
                .decide(AfterSalesRequest.returnAndRefund(reason, 1, null)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NO_REASON", "SIZE", "COLOUR"})
    void aSizeOrColourExchangeWithinSevenDaysIsAllowedAndTheBuyerPays(Reason reason) {
        var decision = inStock().receivedAgo(Duration.ofDays(7)).resalable(true)
                .decide(AfterSalesRequest.exchange(reason, 1, otherSize(3)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.maxRefund()).isEqualTo(Money.ZERO);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.STYLE_CHANGE, PolicyRule.NO_REASON_WINDOW,
                PolicyRule.STOCK, PolicyRule.RESALABLE, PolicyRule.QUANTITY);
        assertThat(check(decision, PolicyRule.STYLE_CHANGE).detail().zh()).isEqualTo("同款 DRESS-A 换尺码/颜色 ✓");
        assertThat(check(decision, PolicyRule.STOCK).detail().zh()).isEqualTo("DRESS-A-M 有货:库存 3 ≥ 1 件 ✓");
        assertThat(check(decision, PolicyRule.STOCK).detail().en()).isEqualTo("DRESS-A-M in stock: 3 ≥ 1 ✓");
    }

    @Test
    void anExchangeOneSecondPastSevenDaysIsRejected() {
        var decision = inStock().receivedAgo(Duration.ofDays(7).plusSeconds(1))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(3)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.NO_REASON_WINDOW).passed()).isFalse();
    }

    @Test
    void anExchangeForASkuOutOfStockIsRejected() {
        var decision = inStock().decide(AfterSalesRequest.exchange(Reason.SIZE, 2, otherSize(1)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.STOCK).detail().zh()).isEqualTo("DRESS-A-M 缺货:库存 1 < 2 件 ✗");
    }

    @Test
    void anExchangeOfAnItemThatCannotBeSoldAgainIsRejected() {
        var decision = inStock().resalable(false).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(3)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void anInStockStyleChangeWithinSevenDaysIsAllowedAsAReturnAndANewPurchase() {
        var decision = inStock().history(0, true).decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(3)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(check(decision, PolicyRule.STYLE_CHANGE).passed()).isTrue();
        assertThat(decision.checks()).extracting(PolicyCheck::rule).doesNotContain(PolicyRule.STYLE_CHANGE_EXCEPTION);
    }

    @Test
    void inStockGoodsMayBeExchangedAgain() {
        var decision = inStock().history(1, false).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(3)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).doesNotContain(PolicyRule.FIRST_EXCHANGE);
    }

    @Test
    void anExchangeForTheVerySkuBoughtIsNotAnExchange() {
        var sameSku = new WantedItem(PolicyCase.SKU, PolicyCase.STYLE, 3);

        assertThatThrownBy(() -> inStock().decide(AfterSalesRequest.exchange(Reason.SIZE, 1, sameSku)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("request.wanted.sku"));
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NO_REASON", "SIZE", "COLOUR", "STYLE"})
    void aBuyerReasonNeverGivesRefundOnly(Reason reason) {
        var decision = inStock().decide(AfterSalesRequest.refundOnly(reason, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.checks()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(PolicyRule.REQUEST_FITS_REASON);
            assertThat(c.passed()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NO_REASON", "SIZE", "COLOUR", "STYLE"})
    void aBuyerReasonNeverGivesRepair(Reason reason) {
        var decision = inStock().decide(AfterSalesRequest.repair(reason, 1));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.checks()).singleElement().satisfies(c ->
                assertThat(c.detail().zh()).endsWith("维修仅限质量问题或运输破损 ✗"));
    }
}
