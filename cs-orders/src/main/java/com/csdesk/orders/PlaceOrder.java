package com.csdesk.orders;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new order from the storefront: the quote's inputs plus the address and the buyer's message. */
public record PlaceOrder(String member, @Nullable String carrier, List<OrderLineRequest> lines, Receiver address,
        @Nullable String buyerMessage, boolean inStockFirst, boolean overseasForwarding) {
}
