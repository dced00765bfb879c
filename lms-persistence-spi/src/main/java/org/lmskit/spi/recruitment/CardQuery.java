package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.Required;

/**
 * A portfolio search (seed 004, "Filtre de recherche des fiches SAR") inside one company: every
 * criterion given must hold, values inside one set are alternatives, empty does not filter.
 *
 * @param nameContains the candidate's last or first name contains it, compared by {@link NameKey} (case and accents ignored)
 * @param actions the card records at least one of these actions
 * @param skillThemes with {@code masteries}: one skill of the candidate has one of these themes and masteries
 * @param createdFrom created at or after
 * @param dueBefore due strictly before; cards without a deadline never match
 */
public record CardQuery(String companyId, Set<String> areas, Optional<String> nameContains, Set<String> createdBy,
                        Set<String> currentJobs, Set<String> classifications, Set<String> statuses,
                        Set<String> results, Set<String> actions, Optional<Boolean> nonResponse,
                        Set<String> skillThemes, Set<String> masteries, Optional<Instant> createdFrom,
                        Optional<Instant> dueBefore, CardSort sort, SortDirection direction, PageRequest page) {
    public CardQuery {
        Required.fields("companyId nameContains nonResponse createdFrom dueBefore sort direction page",
                companyId, nameContains, nonResponse, createdFrom, dueBefore, sort, direction, page);
        areas = Set.copyOf(areas);
        createdBy = Set.copyOf(createdBy);
        currentJobs = Set.copyOf(currentJobs);
        classifications = Set.copyOf(classifications);
        statuses = Set.copyOf(statuses);
        results = Set.copyOf(results);
        actions = Set.copyOf(actions);
        skillThemes = Set.copyOf(skillThemes);
        masteries = Set.copyOf(masteries);
    }

    /** Every card of the company, newest first. */
    public static CardQuery ofCompany(String companyId, PageRequest page) {
        return new CardQuery(companyId, Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Optional.empty(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), CardSort.CREATED,
                SortDirection.DESCENDING, page);
    }
}
