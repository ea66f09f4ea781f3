package com.csdesk.aftersales.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Everything the policy needs to judge one after-sales request (售后审核), gathered by the caller.
 *
 * @param line       the order line concerned
 * @param receivedAt when the buyer received the goods: order completion, or an earlier "delivered"
 *                   tracking event; null when not received yet
 * @param request    what the customer asks for
 * @param history    earlier exchanges of the line, and the member's style-change exception
 * @param resalable  whether the returned item can be sold again; null until the warehouse has
 *                   inspected it, which shows as "to be inspected" and does not block the decision
 * @param settings   the windows in force
 * @param dispatch   when the order was paid and shipped, for a late-shipment claim
 */
public record PolicyRequest(
        PurchasedLine line,
        @Nullable Instant receivedAt,
        AfterSalesRequest request,
        AfterSalesHistory history,
        @Nullable Boolean resalable,
        PolicySettings settings,
        Dispatch dispatch) {
}
