package com.csdesk.members;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A note (备注) with its author and time, shown as {@code text (author, yyyy-MM-dd)}. */
public record Note(long id, String text, String author, Instant at) {

    /** The shop's time zone: dates agents see are Beijing dates. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHOP_ZONE);

    /** The note the way agents read it: {@code 爱穿M码 (presales, 2026-11-23)}. */
    public String display() {
        return format(text, author, at);
    }

    public static String format(String text, String author, Instant at) {
        return text + " (" + author + ", " + DATE.format(at) + ")";
    }
}
