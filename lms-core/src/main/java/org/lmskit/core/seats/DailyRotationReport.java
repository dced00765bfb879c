package org.lmskit.core.seats;

import java.time.LocalDate;
import java.util.List;

/** What one run of the daily job did: the sessions it examined and, per session rotated, the slots given and taken. */
public record DailyRotationReport(LocalDate day, int sessionsExamined, List<SessionRotation> rotations) {
    public DailyRotationReport {
        rotations = List.copyOf(rotations);
    }

    /** One session the run changed: the slots it gave and the slots it took back. */
    public record SessionRotation(org.lmskit.core.id.SessionId session, List<SlotChange> assignments,
                                  List<SlotChange> releases) {
        public SessionRotation {
            assignments = List.copyOf(assignments);
            releases = List.copyOf(releases);
        }
    }

    /** Slots given in this run, over every session. */
    public int assignments() {
        return rotations.stream().mapToInt(r -> r.assignments().size()).sum();
    }

    /** Slots taken back in this run, over every session. */
    public int releases() {
        return rotations.stream().mapToInt(r -> r.releases().size()).sum();
    }
}
