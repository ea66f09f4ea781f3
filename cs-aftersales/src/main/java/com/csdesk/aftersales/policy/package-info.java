/**
 * After-sales policy (售后政策): decides whether a return, refund, exchange, repair or complaint is
 * allowed, needs a supervisor's approval or is rejected, who pays shipping, and how much may be
 * refunded, and explains every check it made. Pure Java: no Spring, no database, time from an
 * injected {@link java.time.Clock}. {@link com.csdesk.aftersales.policy.AfterSalesPolicy} is the
 * entry point.
 */
@NullMarked
@NamedInterface("policy")
package com.csdesk.aftersales.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
