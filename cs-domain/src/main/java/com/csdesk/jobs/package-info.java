/**
 * Scheduled jobs' run records (start, end, rows affected), readable by ops.
 */
@NullMarked
package com.csdesk.jobs;

import org.jspecify.annotations.NullMarked;
