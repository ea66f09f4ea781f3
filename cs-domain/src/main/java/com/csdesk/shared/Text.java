package com.csdesk.shared;

import java.util.Locale;

/**
 * A sentence the desk shows to people, in Chinese (the desk's first language) and English.
 */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The sentence for a locale: English for English, Chinese for everything else. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    @Override
    public String toString() {
        return en;
    }
}
