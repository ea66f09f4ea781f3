/** The product aggregate, its repository, stock queries and the read cache. */
@NullMarked
package com.csdesk.products.internal;

import org.jspecify.annotations.NullMarked;
