package com.csdesk.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 投诉: always accepted and handled, whatever the reason, product kind, time or history. */
class ComplaintPolicyTests {

    static Stream<Arguments> everyKindAndReason() {
        return Arrays.stream(ProductKind.values())
                .flatMap(kind -> Arrays.stream(Reason.values()).map(reason -> Arguments.of(kind, reason)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindAndReason")
    void aComplaintIsAlwaysAllowedAndMovesNothing(ProductKind kind, Reason reason) {
        var notReceived = PolicyCase.of(kind).notReceived().decide(AfterSalesRequest.complaint(reason));
        var longAgo = PolicyCase.of(kind).receivedAgo(Duration.ofDays(365)).resalable(false).history(5, true)
                .decide(AfterSalesRequest.complaint(reason));

        for (var decision : new PolicyDecision[] {notReceived, longAgo}) {
            assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(decision.shippingPaidBy()).isEqualTo(ShippingPayer.NONE);
            assertThat(decision.maxRefund()).isEqualTo(Money.ZERO);
            assertThat(decision.checks()).singleElement().satisfies(c -> {
                assertThat(c.rule()).isEqualTo(PolicyRule.REQUEST_FITS_REASON);
                assertThat(c.passed()).isTrue();
            });
        }
    }

    @Test
    void theCheckSaysTheComplaintIsAccepted() {
        var decision = PolicyCase.of(ProductKind.IN_STOCK).decide(AfterSalesRequest.complaint(Reason.LATE_SHIPMENT));

        assertThat(decision.checks().getFirst().detail().zh()).isEqualTo("投诉(延迟发货)一律受理并跟进 ✓");
        assertThat(decision.checks().getFirst().detail().en())
                .isEqualTo("complaint (Late shipment) is always accepted and followed up ✓");
    }
}
