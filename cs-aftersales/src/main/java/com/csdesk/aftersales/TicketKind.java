package com.csdesk.aftersales;

import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Ticket kind (工单类型), DOMAIN §4.1: the five kinds a customer asks for, plus the two the shop
 * opens itself (negative-review follow-up, logistics exception).
 */
public enum TicketKind {
    RETURN_REFUND(RequestKind.RETURN_REFUND, Department.AFTERSALES, Flow.GOODS),
    REFUND_ONLY(RequestKind.REFUND_ONLY, Department.AFTERSALES, Flow.GOODS),
    EXCHANGE(RequestKind.EXCHANGE, Department.AFTERSALES, Flow.GOODS),
    REPAIR(RequestKind.REPAIR, Department.AFTERSALES, Flow.GOODS),
    COMPLAINT(RequestKind.COMPLAINT, Department.COMPLAINTS, Flow.HANDLING),
    /** 中差评处理. */
    NEGATIVE_REVIEW(null, Department.COMPLAINTS, Flow.HANDLING),
    /** 物流异常 (破损/丢件), opened by the carrier's tracking event. */
    LOGISTICS_EXCEPTION(null, Department.AFTERSALES, Flow.HANDLING);

    /** Goods and money (OPEN → APPROVED → … → CLOSED) or handling (OPEN → IN_PROGRESS → RESOLVED → CLOSED). */
    public enum Flow { GOODS, HANDLING }

    private final @Nullable RequestKind requestKind;
    private final Department department;
    private final Flow flow;

    TicketKind(@Nullable RequestKind requestKind, Department department, Flow flow) {
        this.requestKind = requestKind;
        this.department = department;
        this.flow = flow;
    }

    public static TicketKind of(RequestKind kind) {
        return valueOf(kind.name());
    }

    /** The request kind the policy decides, null for tickets the shop opens itself. */
    public @Nullable RequestKind requestKind() {
        return requestKind;
    }

    public Department department() {
        return department;
    }

    public Flow flow() {
        return flow;
    }

    public Text label() {
        return switch (this) {
            case NEGATIVE_REVIEW -> Text.of("中差评处理", "Negative-review follow-up");
            case LOGISTICS_EXCEPTION -> Text.of("物流异常", "Logistics exception");
            default -> requestKind.label();
        };
    }

    /** Goods travel back to the shop (return, exchange, repair). */
    public boolean returnsGoods() {
        return this == RETURN_REFUND || this == EXCHANGE || this == REPAIR;
    }

    /** The ticket ends in a refund. */
    public boolean refunds() {
        return this == RETURN_REFUND || this == REFUND_ONLY;
    }
}
