package com.csdesk.orders;

import com.csdesk.orders.pricing.RateTable;

/**
 * The shipping rate table (运费表) as ADMIN edits it at run time. A saved table is used by the
 * next quote on this instance at once (other instances within seconds).
 */
public interface ShippingRates {

    /** The table quotes use now. */
    RateTable current();

    /** Replaces the whole table (validated: no refused carrier, no cell twice, no negative fee); audited. */
    RateTable replace(RateTable table);
}
