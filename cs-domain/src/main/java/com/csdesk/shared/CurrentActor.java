package com.csdesk.shared;

/**
 * Who is acting right now: the agent's username, {@code storefront:<key name>} for the shop's
 * front end, or {@code system} for scheduled jobs. Audit entries and notes are signed with it.
 */
public interface CurrentActor {

    String SYSTEM = "system";

    String username();
}
