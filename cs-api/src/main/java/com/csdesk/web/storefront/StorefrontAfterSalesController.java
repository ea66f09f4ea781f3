package com.csdesk.web.storefront;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.NewRequest;
import com.csdesk.aftersales.TicketView;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** After-sales requests from the shop's front end (售后申请): decided by the policy at once, with every check. */
@RestController
@Validated
@RequestMapping("/api/storefront/v1")
@Tag(name = "Storefront: after-sales")
@SecurityRequirement(name = "apiKey")
class StorefrontAfterSalesController {

    private final AfterSales afterSales;

    StorefrontAfterSalesController(AfterSales afterSales) {
        this.afterSales = afterSales;
    }

    record LineBody(@NotBlank @Size(max = 64) String sku, @Min(1) @Max(9999) int quantity,
            @Nullable @Size(max = 64) String wantedSku,
            @Nullable @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal refundAmount) {
    }

    record AfterSalesBody(@NotNull RequestKind kind, @NotNull Reason reason,
            @Nullable @Size(max = 50) List<@Valid @NotNull LineBody> lines,
            @Nullable @Size(max = 500) String description) {
    }

    @PostMapping("/orders/{orderNo}/after-sales")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Ask for a return, refund, exchange, repair or file a complaint",
            description = "Decided at once by the shop's policy: `decision` ALLOWED, NEEDS_APPROVAL or REJECTED, with "
                    + "every check and who pays shipping. A rejected request is still recorded (status REJECTED).")
    StorefrontTicket request(@PathVariable String orderNo, @Valid @RequestBody AfterSalesBody body, Locale locale) {
        var lines = body.lines() == null ? List.<NewRequest.Line>of() : body.lines().stream()
                .map(l -> new NewRequest.Line(l.sku(), l.quantity(), l.wantedSku(),
                        l.refundAmount() == null ? null : Money.of(l.refundAmount())))
                .toList();
        return StorefrontTicket.of(afterSales.request(orderNo, new NewRequest(body.kind(), body.reason(), lines,
                body.description())), locale);
    }

    @GetMapping("/after-sales/{ticketNo}")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "A ticket's status, decision and return address")
    StorefrontTicket get(@PathVariable String ticketNo, Locale locale) {
        return StorefrontTicket.of(afterSales.get(ticketNo), locale);
    }

    record ReturnShipmentBody(@NotBlank @Size(max = 20) String carrier, @NotBlank @Size(max = 40) String waybill) {
    }

    @PostMapping("/after-sales/{ticketNo}/return-shipment")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "The buyer sent the goods back (carrier and waybill)")
    StorefrontTicket returnShipment(@PathVariable String ticketNo, @Valid @RequestBody ReturnShipmentBody body,
            Locale locale) {
        return StorefrontTicket.of(afterSales.returnShipment(ticketNo, body.carrier(), body.waybill()), locale);
    }

    record PriceDifferenceBody(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 64) String paymentId) {
    }

    @PostMapping("/after-sales/{ticketNo}/price-difference")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "The buyer paid the price difference of an exchange (补差价); the return address follows")
    StorefrontTicket priceDifference(@PathVariable String ticketNo, @Valid @RequestBody PriceDifferenceBody body,
            Locale locale) {
        return StorefrontTicket.of(afterSales.payPriceDifference(ticketNo, Money.of(body.amount()), body.paymentId()),
                locale);
    }

    record SatisfactionBody(@Min(1) @Max(5) int score, @Nullable @Size(max = 500) String comment) {
    }

    @PostMapping("/after-sales/{ticketNo}/satisfaction")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Rate a closed ticket (满意度 1–5), once")
    StorefrontTicket rate(@PathVariable String ticketNo, @Valid @RequestBody SatisfactionBody body, Locale locale) {
        return StorefrontTicket.of(afterSales.rate(ticketNo, body.score(), body.comment()), locale);
    }

    /**
     * A ticket as the buyer sees it: no agents, no internal history. {@code priceDifferenceGoesBack}: the exchange
     * was not made, so the price difference the buyer paid is given back (given back at the time shown, once it is).
     */
    record StorefrontTicket(String ticketNo, String orderNo, String kind, @Nullable String reason, String status,
            String statusName, String decision, String decisionName, List<Check> checks, String shippingPaidBy,
            Money maxRefund, Money refundedAmount, Money priceDifference, boolean priceDifferencePaid,
            boolean priceDifferenceGoesBack, @Nullable Instant priceDifferenceGivenBackAt, @Nullable String returnAddress, @Nullable String returnWaybill, @Nullable Integer satisfactionScore,
            Instant createdAt, @Nullable Instant closedAt) {

        record Check(String rule, String ruleName, @Nullable Boolean passed, String detail) {
        }

        static StorefrontTicket of(TicketView t, Locale locale) {
            return new StorefrontTicket(t.ticketNo(), t.orderNo(), t.kind().name(),
                    t.reason() == null ? null : t.reason().name(), t.status().name(), t.status().label().in(locale),
                    t.decision().name(), t.decision().label().in(locale),
                    t.checks().stream().map(c -> new Check(c.rule(), c.ruleName().in(locale), c.passed(),
                            (c.sku() == null ? "" : c.sku() + ": ") + c.detail().in(locale))).toList(),
                    t.shippingPaidBy().name(), t.maxRefund(), t.refundedAmount(), t.priceDifference(),
                    t.priceDifferencePaidAt() != null, t.priceDifferenceBack() != null,
                    t.priceDifferenceBack() == null ? null : t.priceDifferenceBack().refundedAt(), t.returnAddress(), t.returnWaybill(), t.satisfactionScore(),
                    t.createdAt(), t.closedAt());
        }
    }
}
