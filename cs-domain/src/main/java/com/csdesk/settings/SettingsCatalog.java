package com.csdesk.settings;

import java.util.List;

/** Implemented by each module that has settings, so ops can list and change them. */
public interface SettingsCatalog {

    List<SettingKey<?>> settings();

    /**
     * Checks a new value of one of this catalog's settings against the others it goes with (e.g. the
     * start and end of a time window), before it is stored; the value already parses as its kind.
     *
     * @throws com.csdesk.shared.InvalidInputException when the settings would no longer fit together
     */
    default void checkChange(String key, String value) {
    }
}
