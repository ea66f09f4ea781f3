package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.check;
import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 破损/丢件: covered like quality problems, and claimable before receipt as refund only or replacement. */
class CarrierProblemPolicyTests {

    @ParameterizedTest
    @EnumSource(ProductKind.class)
    void aLostParcelIsRefundedBeforeReceipt(ProductKind kind) {
        var decision = PolicyCase.of(kind).notReceived().decide(AfterSalesRequest.refundOnly(Reason.LOST, 1, null));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
        assertThat(decision.maxRefund()).isEqualTo(Money.of("299.00"));
        assertThat(check(decision, PolicyRule.QUALITY_WINDOW).detail().zh()).isEqualTo("未签收:「丢件」可在签收前处理 ✓");
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"LOST", "DAMAGED_IN_TRANSIT"})
    void aReplacementIsSentBeforeReceiptAtTheShopsCost(Reason reason) {
        var decision = PolicyCase.of(ProductKind.PURCHASE_AGENT).notReceived()
                .decide(AfterSalesRequest.exchange(reason, 1, new WantedItem(PolicyCase.SKU, PolicyCase.STYLE, 1)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
    }

    @Test
    void aReplacementNeedsStock() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).notReceived()
                .decide(AfterSalesRequest.exchange(Reason.LOST, 1, otherSize(0)));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aLostParcelCannotBeReturnedOrRepaired() {
        var returned = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.returnAndRefund(Reason.LOST, 1, null));
        var repaired = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.repair(Reason.LOST, 1));

        assertThat(returned.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(returned.checks()).singleElement().satisfies(c -> assertThat(c.detail().zh())
                .isEqualTo("退货退款不适用于「丢件」:丢件无货可退,请申请仅退款或补发(换货) ✗"));
        assertThat(repaired.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = {"RETURN_REFUND", "REPAIR"})
    void damagedGoodsComeBackOnlyOnceReceived(RequestKind request) {
        var ask = request == RequestKind.REPAIR
                ? AfterSalesRequest.repair(Reason.DAMAGED_IN_TRANSIT, 1)
                : AfterSalesRequest.returnAndRefund(Reason.DAMAGED_IN_TRANSIT, 1, null);

        assertThat(PolicyCase.of(ProductKind.CUSTOM_MADE).notReceived().decide(ask).outcome()).isEqualTo(Outcome.REJECTED);
        var received = PolicyCase.of(ProductKind.CUSTOM_MADE).receivedAgo(Duration.ofDays(30)).decide(ask);
        assertThat(received.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(received.shippingPaidBy()).isEqualTo(ShippingPayer.SHOP);
        assertThat(PolicyCase.of(ProductKind.CUSTOM_MADE).receivedAgo(Duration.ofDays(30).plusSeconds(1)).decide(ask).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aCarrierProblemIsNotAQualityProblemButIsCoveredLikeOne() {
        var decision = PolicyCase.of(ProductKind.PURCHASE_AGENT).receivedAgo(Duration.ofDays(12))
                .decide(AfterSalesRequest.returnAndRefund(Reason.DAMAGED_IN_TRANSIT, 1, null));

        assertThat(Reason.DAMAGED_IN_TRANSIT.isQualityProblem()).isFalse();
        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(check(decision, PolicyRule.PRODUCT_KIND).detail().en())
                .isEqualTo("“Damaged in transit” is a carrier problem: not limited by product kind (this item: purchase agent) ✓");
    }
}
