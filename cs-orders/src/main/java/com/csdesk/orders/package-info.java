/**
 * Orders (订单): the status machine, member-tier pricing, shipping and free shipping, logistics and the agents' order actions.
 */
@NullMarked
package com.csdesk.orders;

import org.jspecify.annotations.NullMarked;
