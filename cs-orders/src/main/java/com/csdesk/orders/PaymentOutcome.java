package com.csdesk.orders;

/**
 * What became of a payment notification: accepted (the order is paid), a duplicate of an already
 * paid order (recorded to be refunded), or rejected (wrong amount, closed order; to be refunded if
 * the money moved).
 */
public enum PaymentOutcome {
    ACCEPTED, DUPLICATE, REJECTED
}
