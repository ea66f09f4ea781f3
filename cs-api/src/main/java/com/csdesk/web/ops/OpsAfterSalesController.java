package com.csdesk.web.ops;

import com.csdesk.aftersales.TicketGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops (ADMIN): after-sales data at scale, for load tests of the ticket queue. */
@RestController
@Validated
@RequestMapping("/api/ops/v1/after-sales")
@Tag(name = "Ops: after-sales")
@SecurityRequirement(name = "basic")
class OpsAfterSalesController {

    private final TicketGenerator generator;

    OpsAfterSalesController(TicketGenerator generator) {
        this.generator = generator;
    }

    @PostMapping("/generate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Generate tickets on newly placed orders (set-based; a million in seconds)")
    TicketGenerator.Generated generate(@RequestParam(defaultValue = "1000") @Min(1) @Max(5_000_000) int tickets,
            @RequestParam(defaultValue = "100") @Min(1) @Max(20_000) int orders) {
        return generator.generate(tickets, orders);
    }
}
