package org.lmskit.core.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.competency.PositioningRecord;

/** The acquisition policies shipped with the library. Loops, not streams: a team view runs them a hundred thousand times. */
final class Policies {
    private Policies() {
    }

    /**
     * The shipped policies can also decide straight from stored records, with the same order as
     * {@link AcquisitionPolicy#chronological}: a team view then builds no object per positioning.
     */
    interface RecordDecider {
        /** Whether the record may decide at all (self-positionings do not, unless counted). */
        boolean counts(PositioningRecord record);

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

    private static int rank(Scale scale, PositioningRecord r) {
        return r.levelCode().isPresent() ? scale.rankOf(r.levelCode().get()) : 0;
    }

    static int compareChronologically(Scale scale, PositioningRecord a, PositioningRecord b) {
        int byTime = a.at().compareTo(b.at());
        if (byTime != 0) {
            return byTime;
        }
        int byLevel = Integer.compare(rank(scale, a), rank(scale, b));
        if (byLevel != 0) {
            return byLevel;
        }
        int bySource = Source.valueOf(a.source()).compareTo(Source.valueOf(b.source()));
        return bySource != 0 ? bySource : a.actorId().compareTo(b.actorId());
    }

    private static AcquisitionPolicy.Acquisition best(List<Positioning> all, boolean countSelf,
                                                      Comparator<Positioning> order, String rule) {
        Positioning best = null;
        for (Positioning p : all) {
            if ((countSelf || p.source().validating()) && (best == null || order.compare(p, best) > 0)) {
                best = p;
            }
        }
        if (best == null) {
            return new AcquisitionPolicy.Acquisition(Optional.empty(), countSelf ? "no positioning"
                    : "no positioning from a validating source (self-positionings do not count)");
        }
        return new AcquisitionPolicy.Acquisition(Optional.of(best), rule);
    }

    record Latest(boolean countSelf) implements AcquisitionPolicy, RecordDecider {
        @Override
        public boolean counts(PositioningRecord record) {
            return countSelf || !"SELF".equals(record.source());
        }

        @Override
        public int compare(Scale scale, PositioningRecord a, PositioningRecord b) {
            return compareChronologically(scale, a, b);
        }

        @Override
        public String name() {
            return countSelf ? "LATEST_COUNTING_SELF" : "LATEST_VALIDATING";
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            return best(positionings, countSelf, AcquisitionPolicy.chronological(scale),
                    countSelf ? "most recent positioning" : "most recent validating positioning");
        }
    }

    record Highest(boolean countSelf) implements AcquisitionPolicy, RecordDecider {
        @Override
        public boolean counts(PositioningRecord record) {
            return countSelf || !"SELF".equals(record.source());
        }

        @Override
        public int compare(Scale scale, PositioningRecord a, PositioningRecord b) {
            int byLevel = Integer.compare(rank(scale, a), rank(scale, b));
            return byLevel != 0 ? byLevel : compareChronologically(scale, a, b);
        }

        @Override
        public String name() {
            return "HIGHEST";
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            Comparator<Positioning> byLevel = Comparator.comparingInt((Positioning p) -> AcquisitionPolicy.rank(scale, p));
            return best(positionings, countSelf, byLevel.thenComparing(AcquisitionPolicy.chronological(scale)),
                    "highest validated level");
        }
    }

    record Precedence(List<Source> order, boolean countSelf) implements AcquisitionPolicy, RecordDecider {
        @Override
        public boolean counts(PositioningRecord record) {
            return countSelf || !"SELF".equals(record.source());
        }

        @Override
        public int compare(Scale scale, PositioningRecord a, PositioningRecord b) {
            int bySource = Integer.compare(weight(a), weight(b));
            return bySource != 0 ? bySource : compareChronologically(scale, a, b);
        }

        private int weight(PositioningRecord r) {
            int index = order.indexOf(Source.valueOf(r.source()));
            return index < 0 ? -1 : order.size() - index;
        }

        @Override
        public String name() {
            return "SOURCE_PRECEDENCE" + order;
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            Comparator<Positioning> bySource = Comparator.comparingInt((Positioning p) -> {
                int index = order.indexOf(p.source());
                return index < 0 ? -1 : order.size() - index;
            });
            return best(positionings, countSelf, bySource.thenComparing(AcquisitionPolicy.chronological(scale)),
                    "most recent positioning of the best source present " + order);
        }
    }
}
