package org.lmskit.core.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides a learner's acquired level on one competency from its positionings. Pluggable; the
 * result explains itself. A policy sees the positionings in any order and sorts them by content
 * (instant, then level, source, actor), so the storage order never changes the answer.
 */
public interface AcquisitionPolicy {

    /** The policy's name, shown beside a decided level. */
    String name();

    /** @param positionings one learner's positionings on one competency, any order */
    Acquisition decide(List<Positioning> positionings, Scale scale);

    /**
     * The deciding positioning, if any, and the rule that chose it; {@link #explanation()} spells it
     * out (built on demand, since team views decide thousands of times and show none).
     */
    record Acquisition(Optional<Positioning> deciding, String rule) {
        /** The rule and the deciding positioning in words, for a person reading why a level is acquired. */
        public String explanation() {
            return deciding.map(p -> rule + ": " + p.level() + " by " + p.actor() + " (" + p.source() + ") at " + p.at())
                    .orElse(rule);
        }
    }

    /** Default: the most recent positioning from a validating source (everything but SELF). */
    static AcquisitionPolicy latestValidating() {
        return new Policies.Latest(false);
    }

    /** The most recent positioning, the learner's own included. */
    static AcquisitionPolicy latestCountingSelf() {
        return new Policies.Latest(true);
    }

    /** The highest level ever validated. */
    static AcquisitionPolicy highest() {
        return new Policies.Highest(false);
    }

    /** The most recent positioning of the best source present, e.g. MANAGER over OBSERVATION over EVALUATION. */
    static AcquisitionPolicy sourcePrecedence(List<Source> order) {
        return new Policies.Precedence(List.copyOf(order), false);
    }

    /** Content order: instant, then level rank (not applicable lowest), source, actor. */
    static Comparator<Positioning> chronological(Scale scale) {
        return (a, b) -> Policies.chronologically(Policies.POSITIONINGS, scale, a, b);
    }

    /** 0 for "not applicable". */
    static int rank(Scale scale, Positioning p) {
        return Policies.rank(Policies.POSITIONINGS, scale, p);
    }
}
