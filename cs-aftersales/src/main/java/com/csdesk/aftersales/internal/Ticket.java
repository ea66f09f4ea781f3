package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.Department;
import com.csdesk.aftersales.ReviewOutcome;
import com.csdesk.aftersales.TicketKind;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.policy.Outcome;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.ShippingPayer;
import com.csdesk.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket row as the service changes it; {@link TicketStore} reads and writes it with its version. */
final class Ticket {

    long id;
    String ticketNo = "";
    String orderNo = "";
    long memberId;
    String memberNickname = "";
    TicketKind kind = TicketKind.COMPLAINT;
    @Nullable Reason reason;
    TicketStatus status = TicketStatus.OPEN;
    Department department = Department.AFTERSALES;
    @Nullable String assignee;
    @Nullable String description;
    String source = "STOREFRONT";
    Outcome decision = Outcome.ALLOWED;
    ShippingPayer shippingPaidBy = ShippingPayer.NONE;
    Money maxRefund = Money.ZERO;
    Money refundedAmount = Money.ZERO;
    Money priceDifference = Money.ZERO;
    @Nullable Instant priceDifferencePaidAt;
    @Nullable String priceDifferencePayment;
    boolean exceptionGranted;
    @Nullable Instant approvedAt;
    boolean escalated;
    @Nullable Instant escalatedAt;
    @Nullable String rejectReason;
    @Nullable String returnAddress;
    @Nullable String returnCarrier;
    @Nullable String returnWaybill;
    @Nullable Instant returnShippedAt;
    @Nullable Instant receivedAt;
    @Nullable Boolean resalable;
    @Nullable String reshipWaybill;
    @Nullable Instant reshippedAt;
    boolean reserved;
    @Nullable String waybillNo;
    @Nullable Integer reviewRating;
    @Nullable String reviewContent;
    @Nullable ReviewOutcome reviewOutcome;
    @Nullable String reviewEvidence;
    @Nullable Integer satisfactionScore;
    @Nullable String satisfactionComment;
    @Nullable Instant ratedAt;
    Instant createdAt = Instant.EPOCH;
    Instant firstResponseDue = Instant.EPOCH;
    Instant resolutionDue = Instant.EPOCH;
    @Nullable Instant firstResponseAt;
    @Nullable Instant resolvedAt;
    @Nullable Instant closedAt;
    @Nullable Instant slaBreachedAt;
    long version;

    /** The next SLA deadline while open: first response until answered, then resolution until resolved. */
    @Nullable Instant dueAt() {
        if (!status.isOpen()) {
            return null;
        }
        if (firstResponseAt == null) {
            return firstResponseDue;
        }
        return resolvedAt == null ? resolutionDue : null;
    }
}
