package com.csdesk.web.storefront;

import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.TrackingEventKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The storefront's order requests (JSON bodies), validated before they reach the orders module. */
final class OrderPayloads {

    private OrderPayloads() {
    }

    /** A SKU and how many. */
    record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(999) Integer quantity) {

        OrderLineRequest toRequest() {
            return new OrderLineRequest(sku.strip(), quantity);
        }

        static List<OrderLineRequest> toRequests(@Nullable List<Line> lines) {
            return lines == null ? List.of() : lines.stream().map(Line::toRequest).toList();
        }
    }

    /**
     * What a quote asks for: the member, where it goes, the carrier (default ZTO) and the lines; the
     * address is optional (with it, the 3-day accumulation and lifetime free shipping apply).
     */
    record Quote(@NotBlank @Size(max = 64) String member, @NotBlank @Size(max = 40) String province,
            @Size(max = 20) @Nullable String carrier, @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines,
            @Valid @Nullable AddressPayload address, @Nullable Boolean inStockFirst,
            @Nullable Boolean overseasForwarding) {
    }

    /** A new order: the quote's body with the receiving address and the buyer's message. */
    record Order(@NotBlank @Size(max = 64) String member, @Size(max = 40) @Nullable String province,
            @Size(max = 20) @Nullable String carrier, @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines,
            @Valid @NotNull AddressPayload address, @Size(max = 500) @Nullable String buyerMessage,
            @Nullable Boolean inStockFirst, @Nullable Boolean overseasForwarding) {
    }

    /** A payment notification of the payment provider. */
    record Payment(@NotBlank @Size(max = 64) String paymentId, @NotNull PaymentMethod method,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    /** A parcel leaving the warehouse; no lines means all that remain. */
    record Shipment(@NotBlank @Size(max = 20) String carrier,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,40}", message = "must be 4–40 letters, digits or '-'") String waybillNo,
            @Size(max = 50) @Nullable List<@Valid @NotNull Line> lines) {
    }

    /** A carrier's tracking event for a waybill. */
    record TrackingEvent(@NotNull TrackingEventKind kind, @NotNull Instant at, @Size(max = 100) @Nullable String location,
            @Size(max = 300) @Nullable String description) {
    }
}
