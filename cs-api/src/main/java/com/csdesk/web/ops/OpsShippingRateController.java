package com.csdesk.web.ops;

import com.csdesk.orders.ShippingRates;
import com.csdesk.orders.pricing.Carrier;
import com.csdesk.orders.pricing.RateTable;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops (ADMIN): the shipping rate table (运费表). A cell a carrier does not serve is left out; quotes
 * use a saved table at once. Every change is audited with the table before and after.
 */
@RestController
@Validated
@RequestMapping("/api/ops/v1/shipping-rates")
@Tag(name = "Ops")
@SecurityRequirement(name = "basic")
class OpsShippingRateController {

    private final ShippingRates rates;

    OpsShippingRateController(ShippingRates rates) {
        this.rates = rates;
    }

    /** One cell: a carrier to a region, the first kilogram's fee and each further kilogram's. */
    record Rate(@NotNull Carrier carrier, @NotNull Region region,
            @NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal firstKgFee,
            @NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal additionalKgFee) {

        RateTable.Entry toEntry() {
            return new RateTable.Entry(carrier, region, Money.of(firstKgFee), Money.of(additionalKgFee));
        }

        static Rate of(RateTable.Entry e) {
            return new Rate(e.carrier(), e.region(), e.firstKgFee().amount(), e.additionalKgFee().amount());
        }
    }

    /** A fee pair for one cell. */
    record Fees(@NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal firstKgFee,
            @NotNull @DecimalMin("0.00") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal additionalKgFee) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The shipping rate table quotes use now")
    List<Rate> list() {
        return rates.current().entries().stream().map(Rate::of).toList();
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace the whole rate table",
            description = "Cells left out are not offered. Cash on delivery and surface mail cannot be listed; a cell twice is refused.")
    List<Rate> replace(@RequestBody @NotEmpty @Size(max = 50) List<@Valid @NotNull Rate> table) {
        return save(table.stream().map(Rate::toEntry).toList());
    }

    @PutMapping("/{carrier}/{region}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set the fees of one cell (carrier to region), adding it when the carrier did not go there")
    List<Rate> set(@PathVariable Carrier carrier, @PathVariable Region region, @Valid @RequestBody Fees fees) {
        List<RateTable.Entry> entries = new ArrayList<>(rates.current().entries().stream()
                .filter(e -> e.carrier() != carrier || e.region() != region).toList());
        entries.add(new RateTable.Entry(carrier, region, Money.of(fees.firstKgFee()), Money.of(fees.additionalKgFee())));
        return save(entries);
    }

    private List<Rate> save(List<RateTable.Entry> entries) {
        return rates.replace(new RateTable(entries)).entries().stream().map(Rate::of).toList();
    }
}
