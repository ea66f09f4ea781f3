package com.csdesk.orders;

/** A SKU and quantity the buyer wants. */
public record OrderLineRequest(String sku, int quantity) {
}
