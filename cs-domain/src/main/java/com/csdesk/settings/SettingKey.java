package com.csdesk.settings;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.function.Function;

/**
 * A named setting with its default and how to read it from text. Modules declare their keys as
 * constants and list them in a {@link SettingsCatalog}.
 */
public final class SettingKey<T> {

    private final String key;
    private final T defaultValue;
    private final Text description;
    private final String kind;
    private final Function<String, T> parser;

    private SettingKey(String key, T defaultValue, Text description, String kind, Function<String, T> parser) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.kind = kind;
        this.parser = parser;
    }

    /** A whole number that must be at least {@code min}. */
    public static SettingKey<Integer> ofInt(String key, int defaultValue, int min, Text description) {
        return new SettingKey<>(key, defaultValue, description, "integer", text -> {
            int value = Integer.parseInt(text.strip());
            if (value < min) {
                throw new IllegalArgumentException("must be at least " + min);
            }
            return value;
        });
    }

    /** A non-negative decimal (an amount or a rate). */
    public static SettingKey<BigDecimal> ofDecimal(String key, BigDecimal defaultValue, Text description) {
        return new SettingKey<>(key, defaultValue, description, "decimal", text -> {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
            return value;
        });
    }

    /** A time of day, HH:mm. */
    public static SettingKey<LocalTime> ofTime(String key, LocalTime defaultValue, Text description) {
        return new SettingKey<>(key, defaultValue, description, "time", text -> LocalTime.parse(text.strip()));
    }

    /** Free text (a cron expression, a list). */
    public static SettingKey<String> ofText(String key, String defaultValue, Text description,
            Function<String, String> validator) {
        return new SettingKey<>(key, defaultValue, description, "text", validator);
    }

    /** Reads a stored value; a value that does not parse is an {@link InvalidInputException}. */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new InvalidInputException("invalid-setting", "value", Text.of(
                    "设置 " + key + " 的值无效:" + text, "Invalid value for setting " + key + ": " + text
                            + " (" + kind + (e.getMessage() == null ? "" : ", " + e.getMessage()) + ")"));
        }
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public Text description() {
        return description;
    }

    public String kind() {
        return kind;
    }
}
