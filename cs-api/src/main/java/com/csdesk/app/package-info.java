/** Application wiring shared by every module: the shop's clock, the current actor, scheduling and its locks. */
@NullMarked
package com.csdesk.app;

import org.jspecify.annotations.NullMarked;
