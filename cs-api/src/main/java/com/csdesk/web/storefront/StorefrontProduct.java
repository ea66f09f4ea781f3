package com.csdesk.web.storefront;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A product with its stock as the storefront reads it. */
public record StorefrontProduct(String sku, String name, String style, Map<String, String> attributes,
        Money listPrice, BigDecimal weightKg, int stock, int reserved, int available, boolean specialPrice,
        ProductKind kind, @Nullable Integer leadTimeDays, Instant updatedAt) {
}
