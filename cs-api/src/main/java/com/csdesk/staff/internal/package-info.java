/** Staff and API key persistence. */
@NullMarked
package com.csdesk.staff.internal;

import org.jspecify.annotations.NullMarked;
