package org.lmskit.core.adaptive;

/** Who made a lesson done: the learner, the adaptive rule (a waiver) or a tutor's correction. */
public enum CompletedBy {
    LEARNER,
    ADAPTIVE_RULE,
    TUTOR
}
