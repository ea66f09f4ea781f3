/** The order aggregate, its persistence and the service behind {@link com.csdesk.orders.OrderManagement}. */
@NullMarked
package com.csdesk.orders.internal;

import org.jspecify.annotations.NullMarked;
