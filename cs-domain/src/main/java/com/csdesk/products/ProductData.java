package com.csdesk.products;

import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product as the storefront describes it. {@code style} (款号) groups the SKUs that are the same
 * style in other sizes or colours; it defaults to the SKU itself.
 */
public record ProductData(String name, Money listPrice, BigDecimal weightKg, int stock, boolean specialPrice,
        ProductKind kind, Map<String, String> attributes, @Nullable String style, @Nullable Integer leadTimeDays) {
}
