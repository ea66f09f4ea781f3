package com.csdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every path through the lifecycle of DOMAIN §4.3, and every move it refuses. */
class LifecycleTests {

    static TicketStatus walk(TicketKind kind, boolean nothingToReturn, TicketAction... actions) {
        TicketStatus status = TicketStatus.OPEN;
        for (TicketAction a : actions) {
            status = Lifecycle.next(kind, status, a, nothingToReturn);
        }
        return status;
    }

    @Test
    void returnAndRefundGoesThroughTheReturn() {
        assertThat(walk(TicketKind.RETURN_REFUND, false, TicketAction.APPROVE, TicketAction.RETURN_ADDRESS,
                TicketAction.RETURN_SHIPMENT, TicketAction.RECEIVE, TicketAction.REFUND, TicketAction.CLOSE))
                .isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void refundOnlySkipsTheReturn() {
        assertThat(walk(TicketKind.REFUND_ONLY, false, TicketAction.APPROVE, TicketAction.REFUND, TicketAction.CLOSE))
                .isEqualTo(TicketStatus.CLOSED);
        assertThat(Lifecycle.allows(TicketKind.REFUND_ONLY, TicketStatus.APPROVED, TicketAction.RETURN_ADDRESS, false)).isFalse();
    }

    @Test
    void exchangeReshipsAfterTheReturnOrAtOnceForALostParcel() {
        assertThat(walk(TicketKind.EXCHANGE, false, TicketAction.APPROVE_EXCEPTION, TicketAction.RETURN_ADDRESS,
                TicketAction.RECEIVE, TicketAction.RESHIP, TicketAction.CLOSE)).isEqualTo(TicketStatus.CLOSED);
        assertThat(walk(TicketKind.EXCHANGE, true, TicketAction.APPROVE, TicketAction.RESHIP)).isEqualTo(TicketStatus.RESHIPPED);
        assertThat(Lifecycle.allows(TicketKind.EXCHANGE, TicketStatus.APPROVED, TicketAction.RESHIP, false)).isFalse();
        assertThat(Lifecycle.allows(TicketKind.EXCHANGE, TicketStatus.APPROVED, TicketAction.RETURN_ADDRESS, true)).isFalse();
    }

    @Test
    void repairComesBackRepaired() {
        assertThat(walk(TicketKind.REPAIR, false, TicketAction.APPROVE, TicketAction.RETURN_ADDRESS, TicketAction.RECEIVE,
                TicketAction.REPAIR, TicketAction.CLOSE)).isEqualTo(TicketStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = TicketKind.class, names = {"COMPLAINT", "NEGATIVE_REVIEW", "LOGISTICS_EXCEPTION"})
    void handlingTicketsGoInProgressThenResolved(TicketKind kind) {
        assertThat(walk(kind, false, TicketAction.RECORD_STEP, TicketAction.RECORD_STEP, TicketAction.RESOLVE,
                TicketAction.CLOSE)).isEqualTo(TicketStatus.CLOSED);
        assertThat(walk(kind, false, TicketAction.RESOLVE)).isEqualTo(TicketStatus.RESOLVED);
        assertThat(Lifecycle.allows(kind, TicketStatus.OPEN, TicketAction.APPROVE, false)).isFalse();
        assertThat(Lifecycle.allows(kind, TicketStatus.OPEN, TicketAction.CLOSE, false)).isFalse();
    }

    @Test
    void rejectedTicketsCanOnlyBeClosed() {
        for (TicketKind kind : EnumSet.of(TicketKind.RETURN_REFUND, TicketKind.REFUND_ONLY, TicketKind.EXCHANGE, TicketKind.REPAIR)) {
            assertThat(walk(kind, false, TicketAction.REJECT)).isEqualTo(TicketStatus.REJECTED);
            List<TicketAction> allowed = new ArrayList<>();
            for (TicketAction a : TicketAction.values()) {
                if (Lifecycle.allows(kind, TicketStatus.REJECTED, a, false)) {
                    allowed.add(a);
                }
            }
            assertThat(allowed).containsExactly(TicketAction.CLOSE);
        }
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void closedTicketsTakeNoAction(TicketKind kind) {
        for (TicketAction a : TicketAction.values()) {
            assertThat(Lifecycle.allows(kind, TicketStatus.CLOSED, a, false)).as(a.name()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void anyOpenTicketCanBeEscalatedAndReassignedWithoutMoving(TicketKind kind) {
        for (TicketStatus s : TicketStatus.values()) {
            if (s.isOpen()) {
                assertThat(Lifecycle.next(kind, s, TicketAction.ESCALATE, false)).isEqualTo(s);
                assertThat(Lifecycle.next(kind, s, TicketAction.REASSIGN, false)).isEqualTo(s);
            }
        }
    }

    @Test
    void onlyAnApprovedExchangeAwaitsThePriceDifference() {
        for (TicketKind kind : TicketKind.values()) {
            for (TicketStatus s : TicketStatus.values()) {
                assertThat(Lifecycle.awaitsPriceDifference(kind, s)).as(kind + " " + s)
                        .isEqualTo(kind == TicketKind.EXCHANGE && s == TicketStatus.APPROVED);
            }
        }
        // an open request may still be rejected, and a rejected one never reaches the return address
        assertThat(Lifecycle.awaitsPriceDifference(TicketKind.EXCHANGE, TicketStatus.OPEN)).isFalse();
        assertThat(Lifecycle.awaitsPriceDifference(TicketKind.EXCHANGE, TicketStatus.REJECTED)).isFalse();
    }

    @Test
    void refusalsSayWhichMove() {
        assertThatThrownBy(() -> Lifecycle.next(TicketKind.RETURN_REFUND, TicketStatus.OPEN, TicketAction.REFUND, false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.text().zh()).isEqualTo("退货退款工单在「待处理」状态下不能退款");
                    assertThat(e.text().en()).isEqualTo("A return & refund ticket that is open cannot be moved by “Refund”");
                });
        assertThatThrownBy(() -> Lifecycle.next(TicketKind.EXCHANGE, TicketStatus.RECEIVED, TicketAction.REFUND, false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Lifecycle.next(TicketKind.REFUND_ONLY, TicketStatus.REFUNDED, TicketAction.REFUND, false))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void handlingStepsBelongToTheirKind() {
        assertThat(HandlingStep.of(TicketKind.COMPLAINT)).hasSize(7).startsWith(HandlingStep.QUICK_RESPONSE)
                .endsWith(HandlingStep.INFORM_AND_FOLLOW_UP);
        assertThat(HandlingStep.of(TicketKind.NEGATIVE_REVIEW)).containsExactly(HandlingStep.CONTACT,
                HandlingStep.REVIEW_APOLOGY, HandlingStep.REMEDY, HandlingStep.OUTCOME);
        assertThat(HandlingStep.of(TicketKind.RETURN_REFUND)).isEmpty();
    }
}
