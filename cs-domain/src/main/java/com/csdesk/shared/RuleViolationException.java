package com.csdesk.shared;

/**
 * The shop's rules do not allow this now: an illegal status move, a refund above what was paid, a
 * second urge (HTTP 409). Nothing was changed.
 */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, Text text) {
        super(code, text);
    }
}
