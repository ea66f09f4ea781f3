/**
 * Members (会员): profile, address book, tags, notes, customer types, cumulative spend and tier.
 * {@link com.csdesk.members.MemberManagement} is the module's API; everything under
 * {@code internal} is private to it.
 */
@NullMarked
package com.csdesk.members;

import org.jspecify.annotations.NullMarked;
