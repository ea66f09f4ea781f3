package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import java.util.List;

/**
 * One parcel (包裹) of an order: the lines it carries, its chargeable weight (whole kilograms, at
 * least 1), the fee from the rate table and the fee after the free-shipping rule.
 */
public record Shipment(List<String> skus, int weightKg, Money baseFee, Money fee) {

    public Shipment {
        skus = List.copyOf(skus);
    }
}
