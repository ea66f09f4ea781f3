/**
 * Audit log (操作日志): every change an agent makes — who, when, what, before and after.
 */
@NullMarked
package com.csdesk.audit;

import org.jspecify.annotations.NullMarked;
