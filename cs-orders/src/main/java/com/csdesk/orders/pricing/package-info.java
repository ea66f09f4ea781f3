/**
 * Pricing (计价): member tier discount (会员折扣), shipping fee (运费) and free shipping (包邮), as
 * pure computation with no Spring and no database. {@link com.csdesk.orders.pricing.PricingEngine}
 * turns a {@link com.csdesk.orders.pricing.PricingRequest} and a
 * {@link com.csdesk.orders.pricing.RateTable} into a {@link com.csdesk.orders.pricing.PriceQuote}
 * that carries its whole breakdown, so the desk can explain every amount. Its value types are part
 * of the orders module's API (quotes are shown to buyers and agents), hence the named interface.
 */
@NullMarked
@NamedInterface("pricing")
package com.csdesk.orders.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
