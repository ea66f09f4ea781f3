package com.csdesk.orders;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a quote (报价) is asked for: the member, where it goes (province; the full address when known,
 * for the 3-day accumulation and lifetime free shipping), the carrier (null: ZTO) and the lines.
 */
public record QuoteRequest(String member, String province, @Nullable String carrier,
        List<OrderLineRequest> lines, @Nullable Receiver address, boolean inStockFirst, boolean overseasForwarding) {
}
