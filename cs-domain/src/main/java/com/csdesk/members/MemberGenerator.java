package com.csdesk.members;

/**
 * Generates realistic demo members (Chinese nicknames and names, provinces weighted by
 * population, addresses, tags, notes, customer types) with set-based inserts, so a million
 * members take seconds, not hours. Deterministic: the same count gives the same members.
 */
public interface MemberGenerator {

    /** Adds {@code count} members after the existing ones; returns how many were added. */
    int generate(int count);

    /**
     * Adds generated purchases to members' cumulative spend in one statement (demo orders are
     * generated in bulk, without an event per payment): {@code memberIds[i]} gains {@code amounts[i]}.
     */
    void addGeneratedSpend(Long[] memberIds, java.math.BigDecimal[] amounts);
}
