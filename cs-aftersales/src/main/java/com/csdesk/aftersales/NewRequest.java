package com.csdesk.aftersales;

import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.shared.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's after-sales request (售后申请) from the storefront. A complaint may name no lines.
 *
 * @param lines the order lines concerned, by SKU; {@code wantedSku} for an exchange, an optional
 *              {@code refundAmount} for refunds (everything refundable when absent)
 */
public record NewRequest(RequestKind kind, Reason reason, List<Line> lines, @Nullable String description) {

    public record Line(String sku, int quantity, @Nullable String wantedSku, @Nullable Money refundAmount) {
    }
}
