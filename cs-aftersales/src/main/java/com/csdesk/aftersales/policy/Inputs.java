package com.csdesk.aftersales.policy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;

/** Input checks shared by the request records: bad input is the caller's error (400), not a decision. */
final class Inputs {

    private Inputs() {
    }

    static void require(boolean valid, String field, String zh, String en) {
        if (!valid) {
            throw new InvalidInputException("invalid-after-sales-input", field, Text.of(zh, en));
        }
    }

    static void requireText(String value, String field) {
        require(!value.isBlank(), field, field + " 不能为空", field + " must not be blank");
    }
}
