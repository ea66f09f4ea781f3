package com.csdesk.aftersales.policy;

/**
 * The replacement (换货商品) a customer wants in an exchange.
 *
 * @param sku            the wanted SKU (e.g. the same dress in M)
 * @param styleCode      its style (款号); differing from the bought line's style makes it a style change
 * @param stockAvailable units on hand that can be reserved (留货) for the exchange
 */
public record WantedItem(String sku, String styleCode, int stockAvailable) {

    public WantedItem {
        Inputs.requireText(sku, "request.wanted.sku");
        Inputs.requireText(styleCode, "request.wanted.styleCode");
        Inputs.require(stockAvailable >= 0, "request.wanted.stockAvailable",
                "库存不能为负", "Stock cannot be negative");
    }
}
