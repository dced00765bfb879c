package org.lmskit.core.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The acquisition policies shipped with the library. Loops, not streams: a team view runs them a hundred thousand times. */
final class Policies {
    private Policies() {
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

    record Latest(boolean countSelf) implements AcquisitionPolicy {
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

    record Highest(boolean countSelf) implements AcquisitionPolicy {
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

    record Precedence(List<Source> order, boolean countSelf) implements AcquisitionPolicy {
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
