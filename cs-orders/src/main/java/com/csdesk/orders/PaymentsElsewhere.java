package com.csdesk.orders;

import com.csdesk.shared.Text;
import java.util.Optional;

/**
 * Payments the shop takes outside orders (an exchange's price difference, 补差价), by the modules that
 * take them: a payment id names one payment, so an order is not paid with an id already used there.
 */
public interface PaymentsElsewhere {

    /** What the payment id already paid, in words an agent recognises (售后单 AS… 的补差价), if anything. */
    Optional<Text> paidWith(String paymentId);
}
