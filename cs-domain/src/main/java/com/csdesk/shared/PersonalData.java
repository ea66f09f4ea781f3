package com.csdesk.shared;

/**
 * Masks personal data (phone numbers, street addresses) for roles that do not need it, the way
 * the platform shows them: 138****1234.
 */
public final class PersonalData {

    private static final String STARS = "****";

    private PersonalData() {
    }

    /** 13812341234 → 138****1234; short or odd numbers keep at most their last four digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, p.length() - 8) + STARS + p.substring(p.length() - 4);
        }
        if (p.length() > 4) {
            return STARS + p.substring(p.length() - 4);
        }
        return STARS;
    }

    /** Keeps the first characters of a street address (district level) and hides the rest. */
    public static String maskAddress(String detail) {
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        String d = detail.strip();
        int keep = Math.min(6, d.length() / 2);
        return d.substring(0, keep) + STARS;
    }
}
