package com.csdesk.members;

/**
 * How a member search matches phone numbers. A role that sees phone numbers masked must not recover
 * them by searching for their parts, so for such a role only the whole number finds the member.
 */
public enum PhoneSearch {

    /** A prefix or any run of three or more characters of the number matches: roles that see phones. */
    PARTIAL,

    /** Only the whole number, exactly as stored, matches: roles that see phones masked. */
    WHOLE_NUMBER
}
