package com.csdesk.aftersales;

import com.csdesk.shared.Text;
import java.util.Arrays;
import java.util.List;

/**
 * The recorded steps of handling a complaint (投诉处理七步) and of following up a negative review
 * (中差评处理), each timestamped on the ticket.
 */
public enum HandlingStep {
    QUICK_RESPONSE(TicketKind.COMPLAINT, "快速反应", "Quick response"),
    LISTEN(TicketKind.COMPLAINT, "认真倾听", "Listen"),
    CALM_AND_EXPLAIN(TicketKind.COMPLAINT, "安抚与解释", "Calm and explain"),
    APOLOGISE(TicketKind.COMPLAINT, "诚恳道歉", "Sincere apology"),
    PROPOSE_REMEDY(TicketKind.COMPLAINT, "提出补救建议", "Propose a remedy"),
    CARRY_OUT_REMEDY(TicketKind.COMPLAINT, "采取补救措施", "Carry out the remedy"),
    INFORM_AND_FOLLOW_UP(TicketKind.COMPLAINT, "通知顾客并及时跟进", "Inform the customer and follow up"),
    CONTACT(TicketKind.NEGATIVE_REVIEW, "联系买家", "Contact the buyer"),
    REVIEW_APOLOGY(TicketKind.NEGATIVE_REVIEW, "致歉", "Apology"),
    REMEDY(TicketKind.NEGATIVE_REVIEW, "补救", "Remedy"),
    OUTCOME(TicketKind.NEGATIVE_REVIEW, "结果", "Outcome");

    private final TicketKind kind;
    private final Text label;

    HandlingStep(TicketKind kind, String zh, String en) {
        this.kind = kind;
        this.label = Text.of(zh, en);
    }

    public TicketKind kind() {
        return kind;
    }

    public Text label() {
        return label;
    }

    /** The steps of a kind, in the order they are taken; empty for kinds without recorded steps. */
    public static List<HandlingStep> of(TicketKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
    }
}
