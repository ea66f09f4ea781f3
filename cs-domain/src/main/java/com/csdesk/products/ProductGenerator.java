package com.csdesk.products;

/**
 * Generates the demo shop's catalogue: clothes, shoes, bags and cosmetics, each style in several
 * colours and sizes, of the three product kinds. Deterministic; existing SKUs are left alone.
 */
public interface ProductGenerator {

    /** Adds the catalogue's SKUs that do not exist yet; returns how many were added. */
    int generate();
}
