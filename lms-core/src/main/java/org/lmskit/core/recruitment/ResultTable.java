package org.lmskit.core.recruitment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Result -> status -> deadline, held as data (seed 004, "Résultat de l'analyse d'un profil"). Immutable,
 * and checked when built: every result maps to a status (or, for a recruitment, to one per recruitment
 * state), every status used declares its deadline or that it has none, deadlines are 1 to 3650 days.
 * A wrong table fails at start-up, not when a recruiter saves a card.
 */
public final class ResultTable {
    /** The longest deadline a table may declare; the seed's longest is 740 days. */
    public static final int MAX_DAYS = 3650;

    private static final ResultTable SEED = seedBuilder().build();

    private final Map<CardResult, CardStatus> statusByResult;
    private final Map<CardResult, Map<RecruitmentState, CardStatus>> statusByState;
    private final Map<CardStatus, OptionalInt> days;
    private final Map<CardResult, Set<RequiredField>> required;

    private ResultTable(Builder b) {
        this.statusByResult = Maps.immutableEnumMap(b.statusByResult);
        this.statusByState = Maps.immutableEnumMap(
                Maps.<CardResult, Map<RecruitmentState, CardStatus>, Map<RecruitmentState, CardStatus>>transformValues(
                        b.statusByState, Maps::immutableEnumMap));
        this.days = Maps.immutableEnumMap(b.days);
        this.required = Maps.immutableEnumMap(
                Maps.<CardResult, Set<RequiredField>, Set<RequiredField>>transformValues(b.required, Sets::immutableEnumSet));
    }

    /** The seed's table, exactly. */
    public static ResultTable seed() {
        return SEED;
    }

    /** The seed's rows, to change a few before {@link Builder#build()}. */
    public static Builder seedBuilder() {
        Builder b = builder()
                .deadline(CardStatus.STUDY_IN_PROGRESS, 30)
                .deadline(CardStatus.POOL, 200)
                .deadline(CardStatus.PRE_RECRUITMENT_TRAINING, 180)
                .deadline(CardStatus.RECRUITMENT_IN_PROGRESS, 30)
                .deadline(CardStatus.RECRUITED_TRIAL, 250)
                .deadline(CardStatus.ADC_3_MONTHS, 100)
                .deadline(CardStatus.ADC_6_MONTHS, 190)
                .deadline(CardStatus.ADC_9_MONTHS, 280)
                .deadline(CardStatus.ADC_1_YEAR, 370)
                .deadline(CardStatus.ADC_2_YEARS, 740);
        for (CardStatus none : EnumSet.of(CardStatus.NOT_RETAINED, CardStatus.ADC_APPLICATION,
                CardStatus.REFUSED_BY_CANDIDATE, CardStatus.RECRUITED, CardStatus.CONTRACT_BROKEN,
                CardStatus.NOT_EMPLOYABLE, CardStatus.UNAVAILABLE, CardStatus.SITUATION_TO_CHECK)) {
            b.noDeadline(none);
        }
        Map<RecruitmentState, CardStatus> recruitment = new EnumMap<>(RecruitmentState.class);
        recruitment.put(RecruitmentState.TRIAL_PERIOD, CardStatus.RECRUITED_TRIAL);
        recruitment.put(RecruitmentState.CONFIRMED, CardStatus.RECRUITED);
        for (RecruitmentState broken : EnumSet.of(RecruitmentState.BROKEN_SKILLS, RecruitmentState.BROKEN_BEHAVIOUR,
                RecruitmentState.BROKEN_ECONOMIC, RecruitmentState.RESIGNED)) {
            recruitment.put(broken, CardStatus.CONTRACT_BROKEN);
        }
        return b.result(CardResult.NONE_STUDY_IN_PROGRESS, CardStatus.STUDY_IN_PROGRESS)
                .result(CardResult.PROFILE_NOT_RETAINED, CardStatus.NOT_RETAINED)
                .result(CardResult.RESERVED_AFTER_INTERVIEW, CardStatus.NOT_RETAINED)
                .result(CardResult.EMPLOYABLE_NOT_SUITED, CardStatus.NOT_RETAINED)
                .result(CardResult.KEPT_FOR_POTENTIAL_RECRUITMENT, CardStatus.POOL)
                .result(CardResult.KEPT_FOR_PRE_RECRUITMENT_TRAINING, CardStatus.POOL)
                .result(CardResult.INDIVIDUAL_PRE_RECRUITMENT_TRAINING, CardStatus.PRE_RECRUITMENT_TRAINING)
                .result(CardResult.ADC_REGISTRATION_REQUEST, CardStatus.ADC_APPLICATION)
                .result(CardResult.ADC_IMMERSION, CardStatus.ADC_APPLICATION)
                .result(CardResult.OFFER_PENDING_CLIENT_APPROVAL, CardStatus.RECRUITMENT_IN_PROGRESS)
                .result(CardResult.OFFER_IN_PROGRESS, CardStatus.RECRUITMENT_IN_PROGRESS)
                .result(CardResult.OFFER_REFUSED_BY_CANDIDATE, CardStatus.REFUSED_BY_CANDIDATE)
                .recruitment(CardResult.RECRUITMENT, recruitment)
                .result(CardResult.ADC_INTENSIVE_3_MONTHS, CardStatus.ADC_3_MONTHS)
                .result(CardResult.ADC_INTENSIVE_6_MONTHS, CardStatus.ADC_6_MONTHS)
                .result(CardResult.ADC_BASICS_6_MONTHS, CardStatus.ADC_6_MONTHS)
                .result(CardResult.ADC_GENERAL_6_MONTHS, CardStatus.ADC_6_MONTHS)
                .result(CardResult.ADC_GENERAL_9_MONTHS, CardStatus.ADC_9_MONTHS)
                .result(CardResult.ADC_GENERAL_1_YEAR, CardStatus.ADC_1_YEAR)
                .result(CardResult.ADC_GENERAL_2_YEARS, CardStatus.ADC_2_YEARS)
                .result(CardResult.NOT_RECRUITED_AFTER_ADC, CardStatus.NOT_RETAINED)
                .result(CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, CardStatus.NOT_EMPLOYABLE)
                .requires(CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, RequiredField.REJECTION_CAUSES)
                .result(CardResult.CANDIDATE_UNAVAILABLE, CardStatus.UNAVAILABLE)
                .result(CardResult.CANDIDATE_FOUND_JOB, CardStatus.SITUATION_TO_CHECK)
                .result(CardResult.FILE_ABANDONED, CardStatus.NOT_RETAINED);
    }

    /** An empty table to fill row by row; {@link Builder#build()} refuses one that leaves a result without a status. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The status a result sets. A recruitment's status follows its state, so {@code state} is needed for
     * those results and ignored for the others; empty when a needed state is missing.
     */
    public Optional<CardStatus> statusOf(CardResult result, Optional<RecruitmentState> state) {
        checkNotNull(result, "result");
        Map<RecruitmentState, CardStatus> byState = statusByState.get(result);
        return byState == null ? Optional.of(statusByResult.get(result)) : state.map(byState::get);
    }

    /** Whether the result's status follows the recruitment state. */
    public boolean followsRecruitmentState(CardResult result) {
        return statusByState.containsKey(result);
    }

    /** The calendar days a status leaves before the card must be updated; empty when it has no deadline. */
    public OptionalInt deadlineDays(CardStatus status) {
        OptionalInt d = days.get(status);
        return d == null ? OptionalInt.empty() : d;
    }

    /** {@link #deadlineDays} as a duration, for adding to the instant of an update. */
    public Optional<Duration> deadline(CardStatus status) {
        OptionalInt d = deadlineDays(status);
        return d.isPresent() ? Optional.of(Duration.ofDays(d.getAsInt())) : Optional.empty();
    }

    /**
     * The fields a card must carry when saved with {@code result} (seed 004: "doit être obligatoirement renseigné").
     */
    public Set<RequiredField> requiredFor(CardResult result) {
        return required.getOrDefault(result, Set.of());
    }

    /** Collects rows; {@link #build()} checks them. */
    public static final class Builder {
        private final Map<CardResult, CardStatus> statusByResult = new EnumMap<>(CardResult.class);
        private final Map<CardResult, Map<RecruitmentState, CardStatus>> statusByState = new EnumMap<>(CardResult.class);
        private final Map<CardStatus, OptionalInt> days = new EnumMap<>(CardStatus.class);
        private final Map<CardResult, Set<RequiredField>> required = new EnumMap<>(CardResult.class);

        private Builder() {
        }

        /** A result sets {@code status}. */
        public Builder result(CardResult result, CardStatus status) {
            statusByState.remove(checkNotNull(result, "result"));
            statusByResult.put(result, checkNotNull(status, "status"));
            return this;
        }

        /** A result whose status follows the recruitment state; it requires {@link RequiredField#RECRUITMENT}. */
        public Builder recruitment(CardResult result, Map<RecruitmentState, CardStatus> statusByRecruitmentState) {
            statusByResult.remove(checkNotNull(result, "result"));
            statusByState.put(result, new EnumMap<>(statusByRecruitmentState));
            return requires(result, RequiredField.RECRUITMENT);
        }

        /** Saving a card with {@code result} requires {@code field}. */
        public Builder requires(CardResult result, RequiredField field) {
            required.computeIfAbsent(result, r -> EnumSet.noneOf(RequiredField.class)).add(field);
            return this;
        }

        /**
         * A card in {@code status} must be updated within {@code calendarDays} calendar days (1 to {@value
         * ResultTable#MAX_DAYS}).
         */
        public Builder deadline(CardStatus status, int calendarDays) {
            checkArgument(calendarDays >= 1 && calendarDays <= MAX_DAYS, "the deadline of %s must be 1 to %s days, was %s",
                    status, MAX_DAYS, calendarDays);
            days.put(checkNotNull(status, "status"), OptionalInt.of(calendarDays));
            return this;
        }

        /** A card in {@code status} has no deadline. */
        public Builder noDeadline(CardStatus status) {
            days.put(checkNotNull(status, "status"), OptionalInt.empty());
            return this;
        }

        /** The table, or an {@link IllegalStateException} naming the missing row. */
        public ResultTable build() {
            for (CardResult result : CardResult.values()) {
                checkState(statusByResult.containsKey(result) || statusByState.containsKey(result),
                        "the result table has no status for %s", result);
            }
            statusByState.forEach((result, byState) -> {
                for (RecruitmentState state : RecruitmentState.values()) {
                    checkState(byState.containsKey(state), "the result table has no status for %s in state %s", result,
                            state);
                }
                checkState(required.getOrDefault(result, Set.of()).contains(RequiredField.RECRUITMENT),
                        "%s follows the recruitment state, so it requires it", result);
            });
            Set<CardStatus> used = EnumSet.noneOf(CardStatus.class);
            used.addAll(statusByResult.values());
            statusByState.values().forEach(m -> used.addAll(m.values()));
            for (CardStatus status : used) {
                checkState(days.containsKey(status), "status %s declares neither a deadline nor none", status);
            }
            return new ResultTable(this);
        }
    }
}
