/**
 * Run-time settings: every number the shop's rules mark as a default (72 h to close, 48 h to ship,
 * service hours) can be changed by an admin without a redeploy.
 */
@NullMarked
package com.csdesk.settings;

import org.jspecify.annotations.NullMarked;
