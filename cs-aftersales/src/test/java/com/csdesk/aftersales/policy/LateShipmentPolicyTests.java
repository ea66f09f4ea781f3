package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 延迟发货: refund only, before receipt, for every product kind, and only when the order is late. */
class LateShipmentPolicyTests {

    static final Duration PROMISE = Duration.ofHours(48);

    @Test
    void anOrderPaidMinutesAgoIsNotLate() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).notReceived()
                .dispatch(new Dispatch(false, PolicyCase.NOW.minus(Duration.ofMinutes(10)), null, PROMISE))
                .decide(AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var late = check(decision, PolicyRule.SHIPPED_LATE);
        assertThat(late.passed()).isFalse();
        assertThat(late.detail().zh()).isEqualTo("付款 10 分钟 未发货 ≤ 发货时限 48 小时 ✗");
        assertThat(late.detail().en()).isEqualTo("paid 10 min ago, not shipped ≤ the 48 h promise ✗");
    }

    @Test
    void exactlyThePromiseIsStillOnTimeAndAMinuteMoreIsLate() {
        var kase = PolicyCase.of(ProductKind.IN_STOCK).notReceived();
        var ask = AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null);
        assertThat(kase.dispatch(new Dispatch(false, PolicyCase.NOW.minus(PROMISE), null, PROMISE)).decide(ask).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(kase.dispatch(new Dispatch(false, PolicyCase.NOW.minus(PROMISE).minusSeconds(60), null, PROMISE))
                .decide(ask).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aShipmentLaterThanThePromiseOrAFlaggedOrderIsLate() {
        var ask = AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null);
        Instant paid = PolicyCase.NOW.minus(Duration.ofHours(60));
        var shippedLate = PolicyCase.of(ProductKind.IN_STOCK).notReceived()
                .dispatch(new Dispatch(false, paid, paid.plus(Duration.ofHours(50)), PROMISE)).decide(ask);
        assertThat(shippedLate.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(check(shippedLate, PolicyRule.SHIPPED_LATE).detail().zh()).isEqualTo("付款后 50 小时 发货 > 发货时限 48 小时 ✓");
        var shippedInTime = PolicyCase.of(ProductKind.IN_STOCK).notReceived()
                .dispatch(new Dispatch(false, paid, paid.plus(Duration.ofHours(20)), PROMISE)).decide(ask);
        assertThat(shippedInTime.outcome()).isEqualTo(Outcome.REJECTED);
        var flagged = PolicyCase.of(ProductKind.PURCHASE_AGENT).notReceived()
                .dispatch(new Dispatch(true, PolicyCase.NOW.minus(Duration.ofHours(1)), null, null)).decide(ask);
        assertThat(flagged.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(check(flagged, PolicyRule.SHIPPED_LATE).detail().zh()).isEqualTo("订单已标记延迟发货 ✓");
        // goods without a fixed promise (代购 lead times) are late only when the order is flagged
        var noPromise = PolicyCase.of(ProductKind.PURCHASE_AGENT).notReceived()
                .dispatch(new Dispatch(false, PolicyCase.NOW.minus(Duration.ofDays(5)), null, null)).decide(ask);
        assertThat(noPromise.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(ProductKind.class)
    void aLateShipmentIsRefundedBeforeReceipt(ProductKind kind) {
        var decision = PolicyCase.of(kind).notReceived().decide(AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.SHIPPED_LATE, PolicyRule.BEFORE_RECEIPT, PolicyRule.QUANTITY,
                PolicyRule.REFUND_CAP);
        assertThat(check(decision, PolicyRule.SHIPPED_LATE).detail().zh()).isEqualTo("付款 72 小时 未发货 > 发货时限 48 小时 ✓");
        assertThat(check(decision, PolicyRule.BEFORE_RECEIPT).detail().zh()).isEqualTo("未签收:延迟发货可仅退款 ✓");
    }

    @Test
    void onceReceivedALateShipmentIsNoLongerRefunded() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).receivedAgo(Duration.ofHours(50))
                .decide(AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        var before = check(decision, PolicyRule.BEFORE_RECEIPT);
        assertThat(before.detail().zh()).isEqualTo("已签收 2 天 2 小时:延迟发货只能在签收前退款 ✗");
        assertThat(before.detail().en()).isEqualTo("received 2 d 2 h ago: a late shipment is refunded only before receipt ✗");
    }

    @Test
    void aLateShipmentGivesNoReturnExchangeOrRepair() {
        var kase = PolicyCase.of(ProductKind.IN_STOCK);

        assertThat(kase.decide(AfterSalesRequest.returnAndRefund(Reason.LATE_SHIPMENT, 1, null)).checks())
                .singleElement().satisfies(c -> assertThat(c.detail().zh())
                        .isEqualTo("退货退款不适用于「延迟发货」:延迟发货只能在签收前申请仅退款,或投诉 ✗"));
        assertThat(kase.decide(AfterSalesRequest.exchange(Reason.LATE_SHIPMENT, 1, otherSize(3))).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(kase.decide(AfterSalesRequest.repair(Reason.LATE_SHIPMENT, 1)).outcome()).isEqualTo(Outcome.REJECTED);
    }
}
