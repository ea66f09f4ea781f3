package com.csdesk.shared;

/** Input the desk cannot understand, tied to the field that carried it (HTTP 400). */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String code, String field, Text text) {
        super(code, text);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
