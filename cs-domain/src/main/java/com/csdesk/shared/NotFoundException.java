package com.csdesk.shared;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String whatZh, Object key) {
        super("not-found", Text.of(whatZh + "不存在:" + key, what + " not found: " + key));
    }
}
