package org.lmskit.core.competency;

/**
 * Where a positioning comes from (seed 000: evaluations, tutors' and trainers' observations,
 * managers' and supervisors' validations, the learner's own positioning; seed 002: interim reviews).
 */
public enum Source {
    SELF,
    EVALUATION,
    OBSERVATION,
    MANAGER,
    SUPERVISOR,
    REVIEW;

    /** Everything but the learner's own positioning validates a level. */
    public boolean validating() {
        return this != SELF;
    }

    /**
     * Whether positionings from this source carry a score (an evaluation or an observation's quiz) from which the level
     * follows.
     */
    public boolean scored() {
        return this == EVALUATION || this == OBSERVATION;
    }
}
