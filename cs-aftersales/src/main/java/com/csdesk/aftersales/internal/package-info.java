/** Tickets, their persistence, the services behind {@link com.csdesk.aftersales.AfterSales}, settings and jobs. */
@NullMarked
package com.csdesk.aftersales.internal;

import org.jspecify.annotations.NullMarked;
