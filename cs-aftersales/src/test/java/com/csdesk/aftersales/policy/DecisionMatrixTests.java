package com.csdesk.aftersales.policy;

import static com.csdesk.aftersales.policy.PolicyCase.otherSize;
import static com.csdesk.aftersales.policy.PolicyCase.otherStyle;
import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.products.ProductKind;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Product kind × request kind × reason, for goods received a day ago (inside every window), not yet
 * inspected, with stock and no history; and for goods not received yet. An exchange for STYLE asks
 * for another style, any other exchange for another size.
 */
class DecisionMatrixTests {

    static AfterSalesRequest request(RequestKind kind, Reason reason) {
        return switch (kind) {
            case RETURN_REFUND -> AfterSalesRequest.returnAndRefund(reason, 1, null);
            case REFUND_ONLY -> AfterSalesRequest.refundOnly(reason, 1, null);
            case EXCHANGE -> AfterSalesRequest.exchange(reason, 1, reason == Reason.STYLE ? otherStyle(5) : otherSize(5));
            case REPAIR -> AfterSalesRequest.repair(reason, 1);
            case COMPLAINT -> AfterSalesRequest.complaint(reason);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}, {4}")
    @CsvSource({
            // 现货 IN_STOCK
            "IN_STOCK, RETURN_REFUND, NO_REASON,          ALLOWED,        BUYER",
            "IN_STOCK, RETURN_REFUND, SIZE,               ALLOWED,        BUYER",
            "IN_STOCK, RETURN_REFUND, DEFECT,             ALLOWED,        SHOP",
            "IN_STOCK, RETURN_REFUND, DAMAGED_IN_TRANSIT, ALLOWED,        SHOP",
            "IN_STOCK, RETURN_REFUND, LOST,               REJECTED,       NONE",
            "IN_STOCK, RETURN_REFUND, LATE_SHIPMENT,      REJECTED,       NONE",
            "IN_STOCK, REFUND_ONLY,   NO_REASON,          REJECTED,       NONE",
            "IN_STOCK, REFUND_ONLY,   DEFECT,             ALLOWED,        NONE",
            "IN_STOCK, REFUND_ONLY,   LOST,               ALLOWED,        NONE",
            "IN_STOCK, REFUND_ONLY,   LATE_SHIPMENT,      REJECTED,       NONE",
            "IN_STOCK, EXCHANGE,      SIZE,               ALLOWED,        BUYER",
            "IN_STOCK, EXCHANGE,      COLOUR,             ALLOWED,        BUYER",
            "IN_STOCK, EXCHANGE,      STYLE,              ALLOWED,        BUYER",
            "IN_STOCK, EXCHANGE,      DEFECT,             ALLOWED,        SHOP",
            "IN_STOCK, EXCHANGE,      LOST,               ALLOWED,        SHOP",
            "IN_STOCK, EXCHANGE,      LATE_SHIPMENT,      REJECTED,       NONE",
            "IN_STOCK, REPAIR,        NO_REASON,          REJECTED,       NONE",
            "IN_STOCK, REPAIR,        DEFECT,             ALLOWED,        SHOP",
            "IN_STOCK, REPAIR,        DAMAGED_IN_TRANSIT, ALLOWED,        SHOP",
            "IN_STOCK, REPAIR,        LOST,               REJECTED,       NONE",
            "IN_STOCK, COMPLAINT,     NO_REASON,          ALLOWED,        NONE",
            // 代购 PURCHASE_AGENT
            "PURCHASE_AGENT, RETURN_REFUND, NO_REASON,          REJECTED,       NONE",
            "PURCHASE_AGENT, RETURN_REFUND, SIZE,               REJECTED,       NONE",
            "PURCHASE_AGENT, RETURN_REFUND, NOT_AS_DESCRIBED,   ALLOWED,        SHOP",
            "PURCHASE_AGENT, RETURN_REFUND, DAMAGED_IN_TRANSIT, ALLOWED,        SHOP",
            "PURCHASE_AGENT, REFUND_ONLY,   SIZE,               REJECTED,       NONE",
            "PURCHASE_AGENT, REFUND_ONLY,   MISSING_ITEM,       ALLOWED,        NONE",
            "PURCHASE_AGENT, EXCHANGE,      SIZE,               NEEDS_APPROVAL, BUYER",
            "PURCHASE_AGENT, EXCHANGE,      COLOUR,             NEEDS_APPROVAL, BUYER",
            "PURCHASE_AGENT, EXCHANGE,      STYLE,              NEEDS_APPROVAL, BUYER",
            "PURCHASE_AGENT, EXCHANGE,      WRONG_ITEM,         ALLOWED,        SHOP",
            "PURCHASE_AGENT, REPAIR,        DEFECT,             ALLOWED,        SHOP",
            "PURCHASE_AGENT, REPAIR,        SIZE,               REJECTED,       NONE",
            "PURCHASE_AGENT, COMPLAINT,     STYLE,              ALLOWED,        NONE",
            // 定制 CUSTOM_MADE
            "CUSTOM_MADE, RETURN_REFUND, NO_REASON,          REJECTED,       NONE",
            "CUSTOM_MADE, RETURN_REFUND, COLOUR,             REJECTED,       NONE",
            "CUSTOM_MADE, RETURN_REFUND, DEFECT,             ALLOWED,        SHOP",
            "CUSTOM_MADE, REFUND_ONLY,   NO_REASON,          REJECTED,       NONE",
            "CUSTOM_MADE, REFUND_ONLY,   NOT_AS_DESCRIBED,   ALLOWED,        NONE",
            "CUSTOM_MADE, REFUND_ONLY,   LOST,               ALLOWED,        NONE",
            "CUSTOM_MADE, EXCHANGE,      SIZE,               ALLOWED,        BUYER",
            "CUSTOM_MADE, EXCHANGE,      COLOUR,             ALLOWED,        BUYER",
            "CUSTOM_MADE, EXCHANGE,      STYLE,              NEEDS_APPROVAL, BUYER",
            "CUSTOM_MADE, EXCHANGE,      DEFECT,             ALLOWED,        SHOP",
            "CUSTOM_MADE, EXCHANGE,      DAMAGED_IN_TRANSIT, ALLOWED,        SHOP",
            "CUSTOM_MADE, REPAIR,        MISSING_ITEM,       ALLOWED,        SHOP",
            "CUSTOM_MADE, REPAIR,        STYLE,              REJECTED,       NONE",
            "CUSTOM_MADE, COMPLAINT,     DEFECT,             ALLOWED,        NONE"})
    void receivedADayAgo(ProductKind kind, RequestKind request, Reason reason, Outcome outcome, ShippingPayer payer) {
        var decision = PolicyCase.of(kind).decide(request(request, reason));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.shippingPaidBy()).isEqualTo(payer);
    }

    static Stream<Arguments> notReceived() {
        Object[][] rows = {
                {RequestKind.RETURN_REFUND, Reason.NO_REASON, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.RETURN_REFUND, Reason.DEFECT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.RETURN_REFUND, Reason.DAMAGED_IN_TRANSIT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.RETURN_REFUND, Reason.LOST, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.RETURN_REFUND, Reason.LATE_SHIPMENT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.REFUND_ONLY, Reason.NO_REASON, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.REFUND_ONLY, Reason.WRONG_ITEM, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.REFUND_ONLY, Reason.DAMAGED_IN_TRANSIT, Outcome.ALLOWED, ShippingPayer.NONE},
                {RequestKind.REFUND_ONLY, Reason.LOST, Outcome.ALLOWED, ShippingPayer.NONE},
                {RequestKind.REFUND_ONLY, Reason.LATE_SHIPMENT, Outcome.ALLOWED, ShippingPayer.NONE},
                {RequestKind.EXCHANGE, Reason.SIZE, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.EXCHANGE, Reason.STYLE, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.EXCHANGE, Reason.DEFECT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.EXCHANGE, Reason.DAMAGED_IN_TRANSIT, Outcome.ALLOWED, ShippingPayer.SHOP},
                {RequestKind.EXCHANGE, Reason.LOST, Outcome.ALLOWED, ShippingPayer.SHOP},
                {RequestKind.REPAIR, Reason.DEFECT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.REPAIR, Reason.DAMAGED_IN_TRANSIT, Outcome.REJECTED, ShippingPayer.NONE},
                {RequestKind.COMPLAINT, Reason.LOST, Outcome.ALLOWED, ShippingPayer.NONE}};
        return Arrays.stream(ProductKind.values()).flatMap(kind -> Arrays.stream(rows).map(row ->
                Arguments.of(kind, row[0], row[1], row[2], row[3])));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}, {4}")
    @MethodSource
    void notReceived(ProductKind kind, RequestKind request, Reason reason, Outcome outcome, ShippingPayer payer) {
        var decision = PolicyCase.of(kind).notReceived().decide(request(request, reason));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.shippingPaidBy()).isEqualTo(payer);
    }
}
