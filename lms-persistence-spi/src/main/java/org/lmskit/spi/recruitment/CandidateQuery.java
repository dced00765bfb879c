package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.Required;

/**
 * A pool search (seed 004, "Filtre de recherche dans le vivier"): every criterion given must hold; the
 * values inside one set are alternatives; an empty set or an empty optional does not filter. Ordered
 * by last name, first name, then id (case-sensitive, code-point order).
 *
 * @param nameContains the last or the first name contains it, compared by {@link NameKey} (case and accents ignored)
 * @param skillThemes with {@code masteries}: one skill of the candidate has one of these themes and one of these masteries
 * @param trainings with {@code trainingLinks}: one training of the candidate is one of these, linked one of these ways
 * @param classifiedFrom classified at or after
 * @param classifiedBefore classified strictly before
 * @param situationChangedFrom situation changed on or after this day
 * @param hideCardedBy hide candidates this company already holds a follow-up card for
 */
public record CandidateQuery(Set<String> areas, Optional<String> nameContains, Set<String> currentJobs,
                             Set<String> studyLevels, Set<String> experiences, Set<String> skillThemes,
                             Set<String> masteries, Set<String> trainings, Set<String> trainingLinks,
                             Set<String> classifications, Optional<Instant> classifiedFrom,
                             Optional<Instant> classifiedBefore, Optional<LocalDate> situationChangedFrom,
                             Optional<String> hideCardedBy, PageRequest page) {
    public CandidateQuery {
        areas = Set.copyOf(areas);
        Required.fields("nameContains classifiedFrom classifiedBefore situationChangedFrom hideCardedBy page",
                nameContains, classifiedFrom, classifiedBefore, situationChangedFrom, hideCardedBy, page);
        currentJobs = Set.copyOf(currentJobs);
        studyLevels = Set.copyOf(studyLevels);
        experiences = Set.copyOf(experiences);
        skillThemes = Set.copyOf(skillThemes);
        masteries = Set.copyOf(masteries);
        trainings = Set.copyOf(trainings);
        trainingLinks = Set.copyOf(trainingLinks);
        classifications = Set.copyOf(classifications);
    }

    /** No criterion: the whole pool, first page. */
    public static CandidateQuery all(PageRequest page) {
        return new CandidateQuery(Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), page);
    }
}
