package com.csdesk.web.desk;

import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDesk.PaymentToRefund;
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

    private final OrderDesk desk;

    DeskPaymentController(OrderDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/to-refund")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Payments to give back (a second payment for a paid order, a refused payment), oldest first")
    List<PaymentToRefund> toRefund(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return desk.paymentsToRefund(limit);
    }

    record Refunded(@NotBlank @Size(max = 100) String reference) {
    }

    @PostMapping("/{paymentId}/refunded")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Record that a payment to give back was given back (with the provider's reference); once")
    PaymentToRefund refunded(@PathVariable String paymentId, @Valid @RequestBody Refunded body) {
        return desk.markPaymentRefunded(paymentId, body.reference());
    }
}
