package com.csdesk.shared;

/**
 * A refusal the desk explains: a stable {@code code} for programs (the problem type) and a
 * sentence for people in both languages.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Text text;

    protected DomainException(String code, Text text) {
        super(text.en());
        this.code = code;
        this.text = text;
    }

    /** Stable, kebab-case kind of the error, e.g. {@code illegal-transition}. */
    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }
}
