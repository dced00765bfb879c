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
public record PortfolioSearch(Set<String> areas, Optional<String> namePrefix, Set<UserId> recruiters,
                              Set<String> currentJobs, Set<Classification> classifications, Set<CardStatus> statuses,
                              Set<CardResult> results, Set<PerformedAction> actions, Optional<Boolean> nonResponse,
                              Set<SkillTheme> skillThemes, Set<Mastery> masteries, Optional<Instant> createdFrom,
                              Optional<Instant> dueBefore, boolean mine, CardSort sort, SortDirection direction) {

    public PortfolioSearch {
        Checks checks = new Checks();
        checks.texts("areas", areas, PoolSearch.MAX_VALUES, Candidate.MAX_NAME);
        namePrefix = namePrefix == null ? Optional.empty() : namePrefix;
        namePrefix.ifPresent(p -> checks.text("namePrefix", p, Candidate.MAX_NAME));
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
        private String namePrefix;
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

        public Builder areas(Set<String> v) {
            areas = v;
            return this;
        }

        public Builder namePrefix(String v) {
            namePrefix = v;
            return this;
        }

        public Builder recruiters(Set<UserId> v) {
            recruiters = v;
            return this;
        }

        public Builder currentJobs(Set<String> v) {
            currentJobs = v;
            return this;
        }

        public Builder classifications(Set<Classification> v) {
            classifications = v;
            return this;
        }

        public Builder statuses(Set<CardStatus> v) {
            statuses = v;
            return this;
        }

        public Builder results(Set<CardResult> v) {
            results = v;
            return this;
        }

        public Builder actions(Set<PerformedAction> v) {
            actions = v;
            return this;
        }

        public Builder nonResponse(Boolean v) {
            nonResponse = v;
            return this;
        }

        public Builder skillThemes(Set<SkillTheme> v) {
            skillThemes = v;
            return this;
        }

        public Builder masteries(Set<Mastery> v) {
            masteries = v;
            return this;
        }

        public Builder createdFrom(Instant v) {
            createdFrom = v;
            return this;
        }

        public Builder dueBefore(Instant v) {
            dueBefore = v;
            return this;
        }

        public Builder mine(boolean v) {
            mine = v;
            return this;
        }

        public Builder sort(CardSort v, SortDirection d) {
            sort = v;
            direction = d;
            return this;
        }

        public PortfolioSearch build() {
            return new PortfolioSearch(areas, Optional.ofNullable(namePrefix), recruiters, currentJobs, classifications,
                    statuses, results, actions, Optional.ofNullable(nonResponse), skillThemes, masteries,
                    Optional.ofNullable(createdFrom), Optional.ofNullable(dueBefore), mine, sort, direction);
        }
    }
}
