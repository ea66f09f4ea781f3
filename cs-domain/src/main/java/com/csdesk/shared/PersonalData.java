package com.csdesk.shared;

/**
 * Masks personal data (phone numbers, street addresses) for roles that do not need it, the way
 * the platform shows them: 138****1234.
 */
public final class PersonalData {

    private static final String STARS = "****";
    /** A mainland mobile number (13812341234); what comes before it in a longer one is a country code. */
    private static final int MOBILE_DIGITS = 11;
    private static final int SHOWN_FIRST = 3;
    private static final int SHOWN_LAST = 4;

    private PersonalData() {
    }

    /**
     * Hides the digits of a phone number that identify it, counting digits, not characters, so that
     * spaces and dashes change nothing: 13812341234 → 138****1234, {@code 138 1234 5678} →
     * {@code 138 **** 5678}. A number of 11 digits or more shows its first three and last four digits;
     * a country code before a mobile number ({@code +86}, {@code 0086}) shows too. A shorter number
     * shows only its last four digits, and one of four digits or fewer nothing: {@code ****}.
     */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        int digits = (int) p.chars().filter(Character::isDigit).count();
        if (digits <= SHOWN_LAST) {
            return STARS;
        }
        boolean international = p.startsWith("+") || p.startsWith("00");
        int countryCode = international && digits > MOBILE_DIGITS ? digits - MOBILE_DIGITS : 0;
        int shownFirst = digits - countryCode >= MOBILE_DIGITS ? countryCode + SHOWN_FIRST : 0;
        StringBuilder masked = new StringBuilder(p.length());
        int digit = 0;
        for (char c : p.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(digit < shownFirst || digit >= digits - SHOWN_LAST ? c : '*');
                digit++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
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
