package com.csdesk.web.desk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finance (财务): payments the shop took but did not keep, to give back, and the record that they were. */
@RestController
@Validated
@RequestMapping("/api/desk/v1/payments")
@Tag(name = "Desk: finance")
@SecurityRequirement(name = "basic")
class DeskPaymentController {

    private final PaymentsToGiveBack payments;

    DeskPaymentController(PaymentsToGiveBack payments) {
        this.payments = payments;
    }

    @GetMapping("/to-refund")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Payments to give back, oldest first: a second payment for a paid order, a refused payment, "
            + "the price difference of an exchange that was not made")
    List<PaymentsToGiveBack.Payment> toRefund(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return payments.list(limit);
    }

    record Refunded(@NotBlank @Size(max = 100) String reference) {
    }

    @PostMapping("/{paymentId}/refunded")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Record that a payment to give back was given back (with the provider's reference); once")
    PaymentsToGiveBack.Payment refunded(@PathVariable String paymentId, @Valid @RequestBody Refunded body) {
        return payments.refunded(paymentId, body.reference());
    }
}
