package org.lmskit.xapi;

/** The cmi5 reasons for a waived unit that fit a lesson completed because its competencies are already acquired. */
public enum WaiverReason {
    /** The competencies were measured by an evaluation, so the learner tested out of the lesson. */
    TESTED_OUT("Tested Out"),
    /** The competencies were acquired elsewhere (experience, another training), as a manager or a review recorded. */
    EQUIVALENT_OUTSIDE_ACTIVITY("Equivalent Outside Activity");

    private final String text;

    WaiverReason(String text) {
        this.text = text;
    }

    /** The value of the cmi5 reason extension. */
    public String text() {
        return text;
    }
}
