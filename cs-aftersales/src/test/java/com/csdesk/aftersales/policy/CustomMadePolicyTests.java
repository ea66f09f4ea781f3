package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static com.csdesk.aftersales.policy.PolicyCase.otherStyle;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 定制: one same-style size/colour exchange within 48 hours, from stock, if resalable; no refund. */
class CustomMadePolicyTests {

    private static PolicyCase customMade() {
        return PolicyCase.of(ProductKind.CUSTOM_MADE);
    }

    @Test
    void aFirstSizeExchangeWithin48HoursIsAllowedAndShowsEachCheck() {
        var decision = customMade().receivedAgo(Duration.ofHours(30))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.checks()).extracting(c -> c.detail().zh()).containsExactly(
                "定制商品:签收 48 小时内可换一次同款尺码/颜色,买家承担运费 ✓",
                "同款 DRESS-A 换尺码/颜色 ✓",
                "签收 30 小时 ≤ 48 小时 ✓",
                "首次换货 ✓",
                "DRESS-A-M 有货:库存 4 ≥ 1 件 ✓",
                "是否影响二次销售:待验货",
                "申请 1 件 ≤ 可申请 1 件(购买 1,已退 0) ✓");
        assertThat(decision.checks()).extracting(c -> c.detail().en()).containsExactly(
                "custom-made goods: one size/colour exchange of the same style within 48 hours of receipt, the buyer pays shipping ✓",
                "same style DRESS-A (size/colour) ✓",
                "received 30 h ago ≤ 48 h ✓",
                "first exchange ✓",
                "DRESS-A-M in stock: 4 ≥ 1 ✓",
                "resalable: to be inspected",
                "1 requested ≤ 1 left (bought 1, returned 0) ✓");
    }

    @ParameterizedTest(name = "received {0} ago → {1}")
    @CsvSource({
            "PT47H,        ALLOWED,  签收 47 小时 ≤ 48 小时 ✓",
            "PT47H59M59S,  ALLOWED,  签收 48 小时 ≤ 48 小时 ✓",
            "PT48H,        ALLOWED,  签收 48 小时 ≤ 48 小时 ✓",
            "PT48H0M1S,    REJECTED, 签收 48 小时 1 分钟 > 48 小时 ✗",
            "PT49H,        REJECTED, 签收 49 小时 > 48 小时 ✗",
            "P10D,         REJECTED, 签收 240 小时 > 48 小时 ✗"})
    void theExchangeWindowIs48HoursInclusive(Duration elapsed, Outcome expected, String detail) {
        var decision = customMade().receivedAgo(elapsed).decide(AfterSalesRequest.exchange(Reason.COLOUR, 1, otherSize(4)));

        assertThat(decision.outcome()).isEqualTo(expected);
        assertThat(check(decision, PolicyRule.CUSTOM_MADE_WINDOW).detail().zh()).isEqualTo(detail);
    }

    @Test
    void aSecondExchangeIsRejected() {
        var decision = customMade().history(1, false).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var first = check(decision, PolicyRule.FIRST_EXCHANGE);
        assertThat(first.passed()).isFalse();
        assertThat(first.detail().zh()).isEqualTo("已换货 1 次,定制商品只能换一次 ✗");
    }

    @Test
    void theWantedSkuMustBeInStock() {
        var decision = customMade().decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(0)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.STOCK).passed()).isFalse();
    }

    @Test
    void theReturnedItemMustBeResalable() {
        assertThat(customMade().resalable(false).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4))).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(customMade().resalable(true).decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4))).outcome())
                .isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void anExchangeBeforeReceiptIsRejected() {
        var decision = customMade().notReceived().decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.CUSTOM_MADE_WINDOW).detail().zh())
                .isEqualTo("未签收:48 小时定制换货期限自签收起算 ✗");
    }

    @Test
    void theWindowFollowsTheSetting() {
        var seventyTwoHours = new PolicySettings(7, 30, 72);

        assertThat(customMade().settings(seventyTwoHours).receivedAgo(Duration.ofHours(72))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4))).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(customMade().settings(seventyTwoHours).receivedAgo(Duration.ofHours(72).plusSeconds(1))
                .decide(AfterSalesRequest.exchange(Reason.SIZE, 1, otherSize(4))).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NO_REASON", "SIZE", "COLOUR", "STYLE"})
    void noRefundForABuyerReason(Reason reason) {
        var decision = customMade().receivedAgo(Duration.ofHours(1))
                .decide(AfterSalesRequest.returnAndRefund(reason, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.checks()).singleElement().satisfies(c ->
                assertThat(c.detail().zh()).isEqualTo("定制商品:非质量问题不退款 ✗"));
        assertThat(customMade().decide(AfterSalesRequest.refundOnly(reason, 1, null)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aFirstStyleChangeNeedsASupervisor() {
        var decision = customMade().decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.BUYER);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.STYLE_CHANGE, PolicyRule.STYLE_CHANGE_EXCEPTION,
                PolicyRule.CUSTOM_MADE_WINDOW, PolicyRule.FIRST_EXCHANGE, PolicyRule.STOCK,
                PolicyRule.RESALABLE, PolicyRule.QUANTITY);
        assertThat(check(decision, PolicyRule.STYLE_CHANGE).detail().zh())
                .isEqualTo("定制商品换款 DRESS-A → SKIRT-B 不在规则内,须主管审批 ✗");
    }

    @Test
    void aSecondStyleChangeExceptionIsRejected() {
        var decision = customMade().history(0, true).decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.STYLE_CHANGE_EXCEPTION).passed()).isFalse();
    }

    @Test
    void aStyleChangeAfterAnExchangeIsRejected() {
        var decision = customMade().history(1, false).decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.FIRST_EXCHANGE).passed()).isFalse();
    }

    @Test
    void aStyleChangeAfter48HoursIsRejectedWithoutAsking() {
        var decision = customMade().receivedAgo(Duration.ofHours(49)).decide(AfterSalesRequest.exchange(Reason.STYLE, 1, otherStyle(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aQualityProblemAllowsARefundOfCustomMadeGoods() {
        var decision = customMade().receivedAgo(Duration.ofDays(30)).resalable(false)
                .decide(AfterSalesRequest.returnAndRefund(Reason.DEFECT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
    }

    @Test
    void aQualityProblemAllowsAnyExchangeWhateverTheHistory() {
        var decision = customMade().receivedAgo(Duration.ofDays(10)).history(3, true)
                .decide(AfterSalesRequest.exchange(Reason.WRONG_ITEM, 1, otherStyle(4)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.QUALITY_WINDOW, PolicyRule.STOCK, PolicyRule.QUANTITY);
    }
}
