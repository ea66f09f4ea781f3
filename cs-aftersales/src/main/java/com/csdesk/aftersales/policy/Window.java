package com.csdesk.aftersales.policy;

import com.csdesk.shared.Text;
import java.time.Duration;
import java.util.Locale;

/**
 * A period counted from receipt, inclusive at its end: exactly 48 h is within 48 h, 48 h + 1 s is
 * not. Shown in days (7 天) or hours (48 小时), whichever the setting uses.
 */
record Window(PolicyRule rule, Duration length, boolean inDays) {

    boolean contains(Duration elapsed) {
        return elapsed.compareTo(length) <= 0;
    }

    /** "7 天无理由期限" / "7 d no-reason window". */
    Text name() {
        var span = describe(length);
        return Text.of(span.zh() + rule.label().zh(), span.en() + " " + rule.label().en().toLowerCase(Locale.ROOT));
    }

    /**
     * The duration in whole minutes, rounded up so that a time past the limit never reads as the
     * limit itself ("7 天 1 分钟 > 7 天", not "7 天 > 7 天").
     */
    Text describe(Duration duration) {
        return describe(duration, inDays);
    }

    static Text describe(Duration duration, boolean inDays) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        long minutes = (seconds + 59) / 60;
        long days = inDays ? minutes / (24 * 60) : 0;
        long hours = (minutes - days * 24 * 60) / 60;
        long mins = minutes % 60;
        var zh = new StringBuilder();
        var en = new StringBuilder();
        if (days > 0) {
            append(zh, days + " 天");
            append(en, days + " d");
        }
        if (hours > 0) {
            append(zh, hours + " 小时");
            append(en, hours + " h");
        }
        if (mins > 0 || minutes == 0) {
            append(zh, mins + " 分钟");
            append(en, mins + " min");
        }
        return Text.of(zh.toString(), en.toString());
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(part);
    }
}
