package com.csdesk.products;

/** A quantity of one SKU to reserve, release or take out of stock. */
public record StockLine(String sku, int quantity) {
}
