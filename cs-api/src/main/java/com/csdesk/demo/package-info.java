/** Demo data for the demo profile: a realistic shop, generated set-based at any size. */
@NullMarked
package com.csdesk.demo;

import org.jspecify.annotations.NullMarked;
