package org.lmskit.core.competency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * The acquisition policies shipped with the library. Each rule is written once, over the four facts it looks
 * at ({@link Facts}), and so decides the same way from a {@link Positioning} or straight from a stored
 * {@link PositioningRecord} (a team view then builds no object per positioning). Loops, not streams: a team view
 * runs them a hundred thousand times.
 */
final class Policies {
    private Policies() {
    }

    /** What a rule reads of a positioning, whichever form it comes in. */
    interface Facts<T> {
        Instant at(T p);

        Optional<String> levelCode(T p);

        Source source(T p);

        String actor(T p);
    }

    static final Facts<Positioning> POSITIONINGS = new Facts<>() {
        @Override
        public Instant at(Positioning p) {
            return p.at();
        }

        @Override
        public Optional<String> levelCode(Positioning p) {
            return p.level().code();
        }

        @Override
        public Source source(Positioning p) {
            return p.source();
        }

        @Override
        public String actor(Positioning p) {
            return p.actor().value();
        }
    };

    static final Facts<PositioningRecord> RECORDS = new Facts<>() {
        @Override
        public Instant at(PositioningRecord r) {
            return r.at();
        }

        @Override
        public Optional<String> levelCode(PositioningRecord r) {
            return r.levelCode();
        }

        @Override
        public Source source(PositioningRecord r) {
            return PositioningConverter.source(r.source());
        }

        @Override
        public String actor(PositioningRecord r) {
            return r.actorId();
        }
    };

    /** A shipped policy deciding from stored records, with the same answer as from positionings. */
    interface RecordDecider {
        /** Whether the record may decide at all (self-positionings do not, unless counted). */
        default boolean counts(PositioningRecord record) {
            return countsSource(record.source());
        }

        /** {@link #counts} depends on the stored source name alone. */
        boolean countsSource(String source);

        /** Positive when {@code a} beats {@code b}. */
        int compare(Scale scale, PositioningRecord a, PositioningRecord b);

        default Optional<PositioningRecord> decideRecord(List<PositioningRecord> records, Scale scale) {
            PositioningRecord best = null;
            for (PositioningRecord r : records) {
                if (counts(r) && (best == null || compare(scale, r, best) > 0)) {
                    best = r;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /** 0 for "not applicable". */
    static <T> int rank(Facts<T> facts, Scale scale, T p) {
        Optional<String> code = facts.levelCode(p);
        return code.isPresent() ? scale.rankOf(code.get()) : 0;
    }

    /** Content order: instant, then level rank (not applicable lowest), source, actor. */
    static <T> int chronologically(Facts<T> facts, Scale scale, T a, T b) {
        int byTime = facts.at(a).compareTo(facts.at(b));
        if (byTime != 0) {
            return byTime;
        }
        int byLevel = Integer.compare(rank(facts, scale, a), rank(facts, scale, b));
        if (byLevel != 0) {
            return byLevel;
        }
        int bySource = facts.source(a).compareTo(facts.source(b));
        return bySource != 0 ? bySource : facts.actor(a).compareTo(facts.actor(b));
    }

    /** One rule: which positionings count, and which of two wins; the rest is shared. */
    abstract static class Shipped implements AcquisitionPolicy, RecordDecider {
        final boolean countSelf;

        private final java.util.Set<String> countedSources;

        Shipped(boolean countSelf) {
            this.countSelf = countSelf;
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Source source : Source.values()) {
                if (countSelf || source.validating()) {
                    names.add(source.name());
                }
            }
            this.countedSources = java.util.Set.copyOf(names);
        }

        /** Positive when {@code a} beats {@code b}. */
        abstract <T> int wins(Facts<T> facts, Scale scale, T a, T b);

        /** How the explanation names the rule. */
        abstract String rule();

        /** The stored names of the sources this rule counts. */
        java.util.Set<String> countedSources() {
            return countedSources;
        }

        @Override
        public boolean countsSource(String source) {
            return countSelf || PositioningConverter.source(source).validating();
        }

        @Override
        public int compare(Scale scale, PositioningRecord a, PositioningRecord b) {
            return wins(RECORDS, scale, a, b);
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            Positioning best = null;
            for (Positioning p : positionings) {
                if ((countSelf || p.source().validating())
                        && (best == null || wins(POSITIONINGS, scale, p, best) > 0)) {
                    best = p;
                }
            }
            if (best == null) {
                return new Acquisition(Optional.empty(), countSelf ? "no positioning"
                        : "no positioning from a validating source (self-positionings do not count)");
            }
            return new Acquisition(Optional.of(best), rule());
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static final class Latest extends Shipped {
        Latest(boolean countSelf) {
            super(countSelf);
        }

        @Override
        <T> int wins(Facts<T> facts, Scale scale, T a, T b) {
            return chronologically(facts, scale, a, b);
        }

        @Override
        String rule() {
            return countSelf ? "most recent positioning" : "most recent validating positioning";
        }

        @Override
        public String name() {
            return countSelf ? "LATEST_COUNTING_SELF" : "LATEST_VALIDATING";
        }
    }

    static final class Highest extends Shipped {
        Highest(boolean countSelf) {
            super(countSelf);
        }

        @Override
        <T> int wins(Facts<T> facts, Scale scale, T a, T b) {
            int byLevel = Integer.compare(rank(facts, scale, a), rank(facts, scale, b));
            return byLevel != 0 ? byLevel : chronologically(facts, scale, a, b);
        }

        @Override
        String rule() {
            return "highest validated level";
        }

        @Override
        public String name() {
            return "HIGHEST";
        }
    }

    static final class Precedence extends Shipped {
        private final List<Source> order;

        Precedence(List<Source> order, boolean countSelf) {
            super(countSelf);
            this.order = List.copyOf(order);
        }

        @Override
        <T> int wins(Facts<T> facts, Scale scale, T a, T b) {
            int bySource = Integer.compare(weight(facts.source(a)), weight(facts.source(b)));
            return bySource != 0 ? bySource : chronologically(facts, scale, a, b);
        }

        private int weight(Source source) {
            int index = order.indexOf(source);
            return index < 0 ? -1 : order.size() - index;
        }

        @Override
        String rule() {
            return "most recent positioning of the best source present " + order;
        }

        @Override
        public String name() {
            return "SOURCE_PRECEDENCE" + order;
        }
    }
}
