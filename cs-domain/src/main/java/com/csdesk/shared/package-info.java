/** Shared kernel: money, regions and provinces, domain errors. */
@NullMarked
package com.csdesk.shared;

import org.jspecify.annotations.NullMarked;
