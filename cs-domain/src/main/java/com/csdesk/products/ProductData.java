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

    /**
     * The highest list price a product may have, so that any order the storefront can place still fits
     * the orders' money columns (numeric(12, 2): at most 9,999,999,999.99) and a payment's ten integer
     * digits: an order has at most 50 lines of at most 999 units, so at this price its goods come to at
     * most 4,995,000,000.00, leaving room for shipping.
     */
    public static final String MAX_LIST_PRICE = "100000.00";
}
