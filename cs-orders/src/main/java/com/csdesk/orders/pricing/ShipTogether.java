package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;

/**
 * An earlier order that reached free shipping with this one (3天内累计) and ships together with it
 * (合并发货), with the part of its shipping deducted from this order's payable.
 */
public record ShipTogether(String orderNo, Money shippingDeducted) {
}
