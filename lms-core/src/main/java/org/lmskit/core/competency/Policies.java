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
        Optional<PositioningRecord> decideRecord(List<PositioningRecord> records, Scale scale);
    }

    private static int rank(Scale scale, PositioningRecord r) {
        return r.levelCode().isPresent() ? scale.rankOf(r.levelCode().get()) : 0;
    }

    /** The record form of {@link AcquisitionPolicy#chronological}. */
    static Comparator<PositioningRecord> chronologicalRecords(Scale scale) {
        return (a, b) -> compareChronologically(scale, a, b);
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

    private static Optional<PositioningRecord> bestRecord(List<PositioningRecord> records, boolean countSelf,
                                                          Comparator<PositioningRecord> order) {
        PositioningRecord best = null;
        for (PositioningRecord r : records) {
            if ((countSelf || !"SELF".equals(r.source())) && (best == null || order.compare(r, best) > 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
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
        public Optional<PositioningRecord> decideRecord(List<PositioningRecord> records, Scale scale) {
            // the default policy, run a hundred thousand times by a team view: no comparator object
            PositioningRecord best = null;
            for (PositioningRecord r : records) {
                if ((countSelf || !"SELF".equals(r.source()))
                        && (best == null || compareChronologically(scale, r, best) > 0)) {
                    best = r;
                }
            }
            return Optional.ofNullable(best);
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
        public Optional<PositioningRecord> decideRecord(List<PositioningRecord> records, Scale scale) {
            Comparator<PositioningRecord> byLevel = Comparator.comparingInt((PositioningRecord r) -> rank(scale, r));
            return bestRecord(records, countSelf, byLevel.thenComparing(chronologicalRecords(scale)));
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
        public Optional<PositioningRecord> decideRecord(List<PositioningRecord> records, Scale scale) {
            Comparator<PositioningRecord> bySource = Comparator.comparingInt((PositioningRecord r) -> {
                int index = order.indexOf(Source.valueOf(r.source()));
                return index < 0 ? -1 : order.size() - index;
            });
            return bestRecord(records, countSelf, bySource.thenComparing(chronologicalRecords(scale)));
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
