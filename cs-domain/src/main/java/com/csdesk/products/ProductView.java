package com.csdesk.products;

import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A product with its stock: on hand, reserved for unshipped orders and exchanges, available. */
public record ProductView(long id, String sku, String name, String style, Map<String, String> attributes,
        Money listPrice, BigDecimal weightKg, int stock, int reserved, boolean specialPrice, ProductKind kind,
        @Nullable Integer leadTimeDays, Instant updatedAt) {

    public int available() {
        return stock - reserved;
    }

    /** 黑色 / M: the attributes as agents read them on an order line. */
    public String attributesText() {
        return String.join(" / ", attributes.values());
    }
}
