/**
 * The RFM module's internals: the set-based run, its settings and schedule, and the target lists.
 */
@NullMarked
package com.csdesk.rfm.internal;

import org.jspecify.annotations.NullMarked;
