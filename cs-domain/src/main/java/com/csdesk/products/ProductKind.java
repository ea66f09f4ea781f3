package com.csdesk.products;

/** How the shop gets a product to the buyer; it decides lead times and after-sales policy. */
public enum ProductKind {
    /** 现货: in stock, shipped within 48 hours of payment. */
    IN_STOCK("现货", "In stock"),
    /** 代购: bought in Korea after payment (韩国直送), 7–15 days. */
    PURCHASE_AGENT("代购", "Purchase agent"),
    /** 定制: made to order, lead time per product. */
    CUSTOM_MADE("定制", "Custom-made");

    private final String zh;
    private final String en;

    ProductKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
