package com.csdesk.orders;

import com.csdesk.shared.Money;

/** A payment notification from the payment provider, identified by the provider's payment id. */
public record PaymentNotice(String paymentId, PaymentMethod method, Money amount) {
}
