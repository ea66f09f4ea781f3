package com.csdesk.staff;

import java.time.Instant;
import java.util.Set;

/** A staff account as the desk shows it (never with its password). */
public record StaffMember(long id, String username, String displayName, Department department, Set<Role> roles,
        boolean enabled, Instant createdAt) {
}
