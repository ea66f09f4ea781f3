/**
 * Products (商品): SKU, attributes, list price, weight, stock, the special-price flag and the kind
 * (现货 in stock, 代购 purchase-agent, 定制 custom-made). {@link com.csdesk.products.ProductManagement}
 * is the module's API.
 */
@NullMarked
package com.csdesk.products;

import org.jspecify.annotations.NullMarked;
