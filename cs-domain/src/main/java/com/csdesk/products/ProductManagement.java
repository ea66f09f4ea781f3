package com.csdesk.products;

import com.csdesk.shared.SearchPage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products module's API (商品管理). Stock moves are set-based and safe under concurrency: a
 * reservation either fits in the available stock or is refused as a whole.
 */
public interface ProductManagement {

    /**
     * Creates or updates a product (storefront). A list price above {@link ProductData#MAX_LIST_PRICE} is
     * invalid input; a stock below what unshipped orders and exchanges have reserved is refused by the
     * shop's rules, and the product is left as it was.
     */
    Saved save(String sku, ProductData data);

    ProductView get(String sku);

    Optional<ProductView> find(String sku);

    /**
     * The products with these SKUs, from a short-lived cache: for quotes, where a price change may
     * take a few seconds to show. Orders read prices through {@link #findForOrder} instead.
     */
    Map<String, ProductView> findCached(Collection<String> skus);

    /**
     * The products as they are now, read in the caller's transaction without locking them (creating an
     * order takes the prices the buyer saw; its stock is then taken by {@link #reserve}, which checks it).
     */
    Map<String, ProductView> findForOrder(Collection<String> skus);

    SearchPage<ProductView> search(String q, int page, int size);

    /** All SKUs of one style (款号), for exchanges within the same style. */
    List<ProductView> sameStyle(String sku);

    /**
     * Reserves stock for the lines, all or nothing; a line short of stock is a
     * {@link com.csdesk.shared.RuleViolationException} naming the SKU. The products stay locked until the
     * caller's transaction ends, so callers reserve last, just before committing.
     */
    void reserve(List<StockLine> lines);

    /** Releases reservations (order closed, lines cancelled). */
    void release(List<StockLine> lines);

    /** Reserved goods leave the warehouse: stock and reservation both drop. */
    void ship(List<StockLine> lines);

    /** Returned goods that can be sold again go back into stock. */
    void restock(List<StockLine> lines);

    /** The product with this SKU, created as a minimal record if unknown (order history import). */
    long ensure(String sku, String name, com.csdesk.shared.Money listPrice);

    record Saved(ProductView product, boolean created) {
    }
}
