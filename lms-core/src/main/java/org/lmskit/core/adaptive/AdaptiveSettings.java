package org.lmskit.core.adaptive;

/**
 * How adaptation behaves.
 *
 * @param reopenOnLoss when re-adapting finds a waived lesson whose competencies are no longer all acquired,
 *                     reopen it (drop the waiver); off by default: a waiver, once given, stays
 */
public record AdaptiveSettings(boolean reopenOnLoss) {

    /** Waivers stay once given. */
    public static AdaptiveSettings ofDefaults() {
        return new AdaptiveSettings(false);
    }
}
