package org.lmskit.core.competency;

import org.lmskit.core.domain.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.UserId;

/** What the competency views return. */
public final class CompetencyViews {
    private CompetencyViews() {
    }

    /**
     * Seed 000's four cases for a required competency: acquired, a gap, not evaluated yet, not applicable to the job.
     */
    public enum GapStatus {
        ACQUIRED,
        GAP,
        NOT_EVALUATED,
        NOT_APPLICABLE
    }

    /** A training that targets a competency, from the host's {@link TrainingCatalog}. */
    public record Training(String id, String title) {
    }

    /**
     * One competency of a job for a learner: required, acquired and self-assessed levels, the status,
     * and the deciding positioning (its level, score, actor and date: the seed's tooltip).
     */
    public record CompetencyGap(CompetencyCode code, String title, LevelValue required, Optional<LevelValue> acquired,
                                Optional<LevelValue> selfAssessed, GapStatus status, Optional<Positioning> deciding,
                                String explanation, List<Training> trainings) {
        public CompetencyGap {
            trainings = List.copyOf(trainings);
        }
    }

    /** Acquired over applicable, as a whole percentage rounded half-up (6/11 is 55 %). */
    public record Summary(int acquired, int applicable, int percent, int notEvaluated) {
        /** The summary of a list of gaps: not-applicable ones are left out, not-evaluated ones counted apart. */
        public static Summary of(List<CompetencyGap> gaps) {
            int acquired = (int) gaps.stream().filter(g -> g.status() == GapStatus.ACQUIRED).count();
            int applicable = (int) gaps.stream().filter(g -> g.status() != GapStatus.NOT_APPLICABLE).count();
            int notEvaluated = (int) gaps.stream().filter(g -> g.status() == GapStatus.NOT_EVALUATED).count();
            return of(acquired, applicable, notEvaluated);
        }

        /**
         * The summary of counts; the percentage is acquired over applicable, rounded half-up (0 when nothing applies).
         */
        public static Summary of(int acquired, int applicable, int notEvaluated) {
            if (acquired < 0 || notEvaluated < 0 || (long) acquired + notEvaluated > applicable) {
                throw InvalidInputException.of("summary", "needs 0 <= acquired + not evaluated <= applicable, was "
                        + acquired + " + " + notEvaluated + " of " + applicable);
            }
            // 100a/n rounded half up, in integers: floor((200a + n) / 2n)
            int percent = applicable == 0 ? 0 : (int) ((200L * acquired + applicable) / (2L * applicable));
            return new Summary(acquired, applicable, percent, notEvaluated);
        }
    }

    /** Radar data for a profile: one axis per applicable competency, on the scale's range (0: not evaluated). */
    public record Radar(List<String> axes, List<Integer> required, List<Integer> acquired, int min, int max) {
        public Radar {
            axes = List.copyOf(axes);
            required = List.copyOf(required);
            acquired = List.copyOf(acquired);
        }
    }

    /** One profile of the job view (seed 000): its competencies' gaps, its summary and its radar. */
    public record ProfileView(ProfileId id, String name, List<CompetencyGap> gaps, Summary summary, Radar radar) {
        public ProfileView {
            gaps = List.copyOf(gaps);
        }
    }

    /** "Du / Au / Calculer": only positionings with {@code from <= at <= to} count; either bound may be open. */
    public record Period(Optional<Instant> from, Optional<Instant> to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Instants.checkOptional("from", from);
            Instants.checkOptional("to", to);
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw InvalidInputException.of("to", "must not be before from");
            }
        }

        /** Every positioning counts (no "Du", no "Au"). */
        public static Period always() {
            return new Period(Optional.empty(), Optional.empty());
        }

        /** Only positionings from {@code from} to {@code to}, both included; either may be null for an open bound. */
        public static Period between(Instant from, Instant to) {
            return new Period(Optional.ofNullable(from), Optional.ofNullable(to));
        }
    }

    /** Seed 000, "Les emplois": a learner's job with its profiles, gaps and % acquired over a period. */
    public record JobView(UserId learner, JobId job, String jobTitle, Period period, List<ProfileView> profiles,
                          Summary summary) {
        public JobView {
            profiles = List.copyOf(profiles);
        }

        /** Every profile's gaps, in profile order. */
        public List<CompetencyGap> gaps() {
            return profiles.stream().flatMap(p -> p.gaps().stream()).toList();
        }
    }

    /** One collaborator in a manager's or supervisor's team view. */
    public record TeamRow(UserId learner, String name, Optional<JobId> job, Optional<String> jobTitle, Summary summary) {
    }

    /** How the team view is sorted: by name or by % acquired. */
    public enum TeamSort {
        NAME,
        PERCENT
    }
}
