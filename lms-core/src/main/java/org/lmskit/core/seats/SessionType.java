package org.lmskit.core.seats;

/**
 * Seed 003: a licence is one person's for the session's dates; a slot is shared, "un peu comme une
 * place de parking".
 */
public enum SessionType {
    LICENCES,
    SLOTS
}
