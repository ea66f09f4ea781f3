package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 质量问题: any request kind, any product kind, within 30 days of receipt; the shop pays shipping. */
class QualityProblemPolicyTests {

    private static final RequestKind[] GOODS_REQUESTS = {
            RequestKind.RETURN_REFUND, RequestKind.REFUND_ONLY, RequestKind.EXCHANGE, RequestKind.REPAIR};

    static Stream<Arguments> everyKindReasonAndRequest() {
        return Arrays.stream(ProductKind.values()).flatMap(kind -> Arrays.stream(Reason.values())
                .filter(Reason::isQualityProblem)
                .flatMap(reason -> Arrays.stream(GOODS_REQUESTS).map(request -> Arguments.of(kind, reason, request))));
    }

    static AfterSalesRequest request(RequestKind kind, Reason reason) {
        return switch (kind) {
            case RETURN_REFUND -> AfterSalesRequest.returnAndRefund(reason, 1, null);
            case REFUND_ONLY -> AfterSalesRequest.refundOnly(reason, 1, null);
            case EXCHANGE -> AfterSalesRequest.exchange(reason, 1, otherSize(1));
            case REPAIR -> AfterSalesRequest.repair(reason, 1);
            case COMPLAINT -> AfterSalesRequest.complaint(reason);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindReasonAndRequest")
    void exactlyThirtyDaysAfterReceiptIsAllowedWhateverTheProductKind(ProductKind kind, Reason reason, RequestKind request) {
        var decision = PolicyCase.of(kind).receivedAgo(Duration.ofDays(30)).resalable(false).history(1, true)
                .decide(request(request, reason));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(request.movesGoods() ? ShippingPayer.SHOP : ShippingPayer.NONE);
        assertThat(check(decision, PolicyRule.QUALITY_WINDOW).detail().zh()).isEqualTo("签收 30 天 ≤ 30 天 ✓");
        assertThat(decision.checks()).extracting(PolicyCheck::rule).doesNotContain(
                PolicyRule.RESALABLE, PolicyRule.FIRST_EXCHANGE, PolicyRule.STYLE_CHANGE, PolicyRule.NO_REASON_WINDOW);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindReasonAndRequest")
    void oneSecondPastThirtyDaysIsRejected(ProductKind kind, Reason reason, RequestKind request) {
        var decision = PolicyCase.of(kind).receivedAgo(Duration.ofDays(30).plusSeconds(1)).decide(request(request, reason));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(check(decision, PolicyRule.QUALITY_WINDOW).detail().en()).isEqualTo("received 30 d 1 min ago > 30 d ✗");
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = {"RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR"})
    void aQualityProblemCannotBeClaimedBeforeReceipt(RequestKind request) {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).notReceived().decide(request(request, Reason.DEFECT));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.QUALITY_WINDOW).detail().zh()).isEqualTo("未签收:30 天质量问题期限自签收起算 ✗");
    }

    @Test
    void theWindowFollowsTheSetting() {
        var fifteenDays = new PolicySettings(7, 15, 48);

        assertThat(PolicyCase.of(ProductKind.IN_STOCK).settings(fifteenDays).receivedAgo(Duration.ofDays(15))
                .decide(AfterSalesRequest.repair(Reason.DEFECT, 1)).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(PolicyCase.of(ProductKind.IN_STOCK).settings(fifteenDays).receivedAgo(Duration.ofDays(16))
                .decide(AfterSalesRequest.repair(Reason.DEFECT, 1)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aReplacementMustBeInStock() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.exchange(Reason.DEFECT, 1, otherSize(0)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(check(decision, PolicyRule.STOCK).passed()).isFalse();
    }

    @Test
    void theSameSkuMayReplaceADefectiveOne() {
        var sameSku = new WantedItem(PolicyCase.SKU, PolicyCase.STYLE, 1);

        var decision = PolicyCase.of(ProductKind.CUSTOM_MADE).decide(AfterSalesRequest.exchange(Reason.DEFECT, 1, sameSku));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aRefundOnlyMovesNoGoodsAndRefundsThePaidShare() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK)
                .decide(AfterSalesRequest.refundOnly(Reason.MISSING_ITEM, 1, null));

        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(decision.maxRefund()).isEqualTo(Money.of("299.00"));
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.QUALITY_WINDOW, PolicyRule.QUANTITY, PolicyRule.REFUND_CAP);
    }
}
