package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 延迟发货: refund only, before receipt, for every product kind. */
class LateShipmentPolicyTests {

    @ParameterizedTest
    @EnumSource(ProductKind.class)
    void aLateShipmentIsRefundedBeforeReceipt(ProductKind kind) {
        var decision = PolicyCase.of(kind).notReceived().decide(AfterSalesRequest.refundOnly(Reason.LATE_SHIPMENT, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(decision.checks()).extracting(PolicyCheck::rule).containsExactly(
                PolicyRule.PRODUCT_KIND, PolicyRule.BEFORE_RECEIPT, PolicyRule.QUANTITY, PolicyRule.REFUND_CAP);
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
