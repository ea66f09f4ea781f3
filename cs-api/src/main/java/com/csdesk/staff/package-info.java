/**
 * Staff (子账号): accounts, departments and roles, and the storefront's API keys.
 * {@link com.csdesk.staff.StaffManagement} is the module's API.
 */
@NullMarked
package com.csdesk.staff;

import org.jspecify.annotations.NullMarked;
