package org.lmskit.core.recruitment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Checks;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.recruitment.CardSort;

/**
 * A search of the company's portfolio (seed 004, "Filtre de recherche des fiches SAR"): every criterion
 * given must hold; values inside one are alternatives. {@code mine} keeps the acting recruiter's own cards
 * ("Mes fiches de suivi de recrutement"). Sorted by creation or deadline, either way (seed: "Créé le",
 * "Echéance"); newest created first by default.
 */
public record PortfolioSearch(Set<String> areas, Optional<String> nameContains, Set<UserId> recruiters,
                              Set<String> currentJobs, Set<Classification> classifications, Set<CardStatus> statuses,
                              Set<CardResult> results, Set<PerformedAction> actions, Optional<Boolean> nonResponse,
                              Set<SkillTheme> skillThemes, Set<Mastery> masteries, Optional<Instant> createdFrom,
                              Optional<Instant> dueBefore, boolean mine, CardSort sort, SortDirection direction) {

    public PortfolioSearch {
        Checks checks = new Checks();
        checks.texts("areas", areas, PoolSearch.MAX_VALUES, Candidate.MAX_NAME);
        nameContains = nameContains == null ? Optional.empty() : nameContains;
        nameContains.ifPresent(p -> checks.text("nameContains", p, Candidate.MAX_NAME));
        checks.size("recruiters", recruiters, PoolSearch.MAX_VALUES);
        checks.texts("currentJobs", currentJobs, PoolSearch.MAX_VALUES, Candidate.MAX_NAME);
        checks.size("classifications", classifications, PoolSearch.MAX_VALUES);
        checks.size("statuses", statuses, PoolSearch.MAX_VALUES);
        checks.size("results", results, PoolSearch.MAX_VALUES);
        checks.size("actions", actions, PoolSearch.MAX_VALUES);
        checks.size("skillThemes", skillThemes, PoolSearch.MAX_VALUES);
        checks.size("masteries", masteries, PoolSearch.MAX_VALUES);
        checks.required("sort", sort);
        checks.required("direction", direction);
        checks.throwIfAny();
        nonResponse = nonResponse == null ? Optional.empty() : nonResponse;
        createdFrom = createdFrom == null ? Optional.empty() : createdFrom;
        dueBefore = dueBefore == null ? Optional.empty() : dueBefore;
        Checks dates = new Checks();
        dates.optionalInstant("createdFrom", createdFrom);
        dates.optionalInstant("dueBefore", dueBefore);
        dates.throwIfAny();
        areas = Set.copyOf(areas);
        recruiters = Set.copyOf(recruiters);
        currentJobs = Set.copyOf(currentJobs);
        classifications = Set.copyOf(classifications);
        statuses = Set.copyOf(statuses);
        results = Set.copyOf(results);
        actions = Set.copyOf(actions);
        skillThemes = Set.copyOf(skillThemes);
        masteries = Set.copyOf(masteries);
    }

    /** An empty search (every card of the company, newest first), to add criteria to. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every card of the company, newest first. */
    public static PortfolioSearch everything() {
        return builder().build();
    }

    /** Collects criteria; {@link #build()} validates them. */
    public static final class Builder {
        private Set<String> areas = Set.of();
        private String nameContains;
        private Set<UserId> recruiters = Set.of();
        private Set<String> currentJobs = Set.of();
        private Set<Classification> classifications = Set.of();
        private Set<CardStatus> statuses = Set.of();
        private Set<CardResult> results = Set.of();
        private Set<PerformedAction> actions = Set.of();
        private Boolean nonResponse;
        private Set<SkillTheme> skillThemes = Set.of();
        private Set<Mastery> masteries = Set.of();
        private Instant createdFrom;
        private Instant dueBefore;
        private boolean mine;
        private CardSort sort = CardSort.CREATED;
        private SortDirection direction = SortDirection.DESCENDING;

        private Builder() {
        }

        /** Cards of candidates in one of these areas. */
        public Builder areas(Set<String> v) {
            areas = v;
            return this;
        }

        /** Cards of candidates whose last or first name starts with {@code v}, ignoring case. */
        public Builder nameContains(String v) {
            nameContains = v;
            return this;
        }

        /** Cards created by one of these recruiters. */
        public Builder recruiters(Set<UserId> v) {
            recruiters = v;
            return this;
        }

        /** Cards of candidates able to do one of these jobs. */
        public Builder currentJobs(Set<String> v) {
            currentJobs = v;
            return this;
        }

        /** Cards of candidates with one of these classifications. */
        public Builder classifications(Set<Classification> v) {
            classifications = v;
            return this;
        }

        /** Cards in one of these statuses. */
        public Builder statuses(Set<CardStatus> v) {
            statuses = v;
            return this;
        }

        /** Cards whose last analysis result is one of these. */
        public Builder results(Set<CardResult> v) {
            results = v;
            return this;
        }

        /** Cards where one of these actions was performed. */
        public Builder actions(Set<PerformedAction> v) {
            actions = v;
            return this;
        }

        /** Cards marked (true) or not (false) as a candidate's non-response; null for either. */
        public Builder nonResponse(Boolean v) {
            nonResponse = v;
            return this;
        }

        /** With {@link #masteries}: cards of candidates with one skill of one of these themes. */
        public Builder skillThemes(Set<SkillTheme> v) {
            skillThemes = v;
            return this;
        }

        /** With {@link #skillThemes}: cards of candidates with one skill at one of these masteries. */
        public Builder masteries(Set<Mastery> v) {
            masteries = v;
            return this;
        }

        /** Cards created at or after {@code v}. */
        public Builder createdFrom(Instant v) {
            createdFrom = v;
            return this;
        }

        /** Cards whose deadline falls before {@code v} (overdue ones, with now). */
        public Builder dueBefore(Instant v) {
            dueBefore = v;
            return this;
        }

        /** Only the acting recruiter's own cards ("Mes fiches de suivi de recrutement"). */
        public Builder mine(boolean v) {
            mine = v;
            return this;
        }

        /** Sorted by creation or deadline ("Créé le", "Echéance"), either way. */
        public Builder sort(CardSort v, SortDirection d) {
            sort = v;
            direction = d;
            return this;
        }

        /** The search, or an {@link org.lmskit.core.error.InvalidInputException} naming every bad criterion. */
        public PortfolioSearch build() {
            return new PortfolioSearch(areas, Optional.ofNullable(nameContains), recruiters, currentJobs, classifications,
                    statuses, results, actions, Optional.ofNullable(nonResponse), skillThemes, masteries,
                    Optional.ofNullable(createdFrom), Optional.ofNullable(dueBefore), mine, sort, direction);
        }
    }
}
