package com.csdesk.orders;

/**
 * Generates realistic demo orders for the existing members and products with set-based inserts,
 * so a million orders take a minute, not hours: lines, statuses and times by age (unpaid, paid,
 * shipped with tracking, completed, closed), amounts priced by the shop's rules (member discount
 * on the spend before each order, shipping and free shipping), payments, shipments, history,
 * reserved stock and the members' cumulative spend. Deterministic for the same data.
 */
public interface OrderGenerator {

    /** Adds {@code count} orders; returns how many were added (0 without members or products). */
    int generate(int count);

    /** How many orders the shop has. */
    long count();
}
