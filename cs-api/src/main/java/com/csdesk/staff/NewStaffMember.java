package com.csdesk.staff;

import java.util.Set;

/** What an admin gives to open an account; the password is hashed with bcrypt and never stored. */
public record NewStaffMember(String username, String displayName, Department department, Set<Role> roles,
        String password) {
}
