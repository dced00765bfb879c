package org.lmskit.core.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The acquisition policies shipped with the library. */
final class Policies {
    private Policies() {
    }

    private static List<Positioning> candidates(List<Positioning> all, boolean countSelf) {
        return all.stream().filter(p -> countSelf || p.source().validating()).toList();
    }

    private static AcquisitionPolicy.Acquisition none(boolean countSelf) {
        return new AcquisitionPolicy.Acquisition(Optional.empty(), countSelf ? "no positioning"
                : "no positioning from a validating source (self-positionings do not count)");
    }

    private static String describe(Positioning p) {
        return p.level() + " by " + p.actor() + " (" + p.source() + ") at " + p.at();
    }

    record Latest(boolean countSelf) implements AcquisitionPolicy {
        @Override
        public String name() {
            return countSelf ? "LATEST_COUNTING_SELF" : "LATEST_VALIDATING";
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            return candidates(positionings, countSelf).stream().max(AcquisitionPolicy.chronological(scale))
                    .map(p -> new Acquisition(Optional.of(p), "most recent " + (countSelf ? "" : "validating ")
                            + "positioning: " + describe(p)))
                    .orElseGet(() -> none(countSelf));
        }
    }

    record Highest(boolean countSelf) implements AcquisitionPolicy {
        @Override
        public String name() {
            return "HIGHEST";
        }

        @Override
        public Acquisition decide(List<Positioning> positionings, Scale scale) {
            Comparator<Positioning> byLevel = Comparator.comparingInt(
                    (Positioning p) -> p.level().code().flatMap(scale::rank).orElse(0));
            return candidates(positionings, countSelf).stream()
                    .max(byLevel.thenComparing(AcquisitionPolicy.chronological(scale)))
                    .map(p -> new Acquisition(Optional.of(p), "highest validated level: " + describe(p)))
                    .orElseGet(() -> none(countSelf));
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
            return candidates(positionings, countSelf).stream()
                    .max(bySource.thenComparing(AcquisitionPolicy.chronological(scale)))
                    .map(p -> new Acquisition(Optional.of(p), "most recent positioning of the best source present "
                            + order + ": " + describe(p)))
                    .orElseGet(() -> none(countSelf));
        }
    }
}
