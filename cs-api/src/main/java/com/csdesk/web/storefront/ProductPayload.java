package com.csdesk.web.storefront;

import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product as the storefront sends it; {@code specialPrice} defaults to false. The list price is at
 * most {@value ProductData#MAX_LIST_PRICE}: the largest order the storefront can place (50 lines of 999
 * units) must still fit the orders' money columns and a payment's ten integer digits.
 */
public record ProductPayload(
        @NotBlank @Size(max = 120) String name,
        @NotNull @DecimalMin("0.00") @DecimalMax(ProductData.MAX_LIST_PRICE) @Digits(integer = 6, fraction = 2)
        BigDecimal listPrice,
        @NotNull @DecimalMin("0.000") @Digits(integer = 5, fraction = 3) BigDecimal weightKg,
        @NotNull @Min(0) Integer stock,
        @Nullable Boolean specialPrice,
        @NotNull ProductKind kind,
        @Size(max = 10) @Nullable Map<String, @NotBlank @Size(max = 40) String> attributes,
        @Size(max = 60) @Nullable String style,
        @Min(0) @Max(365) @Nullable Integer leadTimeDays) {
}
