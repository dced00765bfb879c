package org.lmskit.core.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.internal.Checks;

/**
 * A search of the pool (seed 004, "Filtre de recherche dans le vivier"): every criterion given must
 * hold; the values inside one criterion are alternatives. Study levels and experience brackets match
 * exactly. Build with {@link #builder()}; an empty search is the whole pool.
 *
 * @param nameContains any part of the last or first name, ignoring case and accents (seed 004: {@code co}
 *        finds CORBE and NicOlas)
 * @param skillThemes with {@code masteries}: one skill has one of these themes at one of these masteries
 * @param classifiedFrom classified at or after; {@code classifiedBefore} strictly before
 * @param situationChangedFrom the candidate's situation changed on or after this day
 */
public record PoolSearch(Set<String> areas, Optional<String> nameContains, Set<String> currentJobs,
                         Set<StudyLevel> studyLevels, Set<ExperienceBracket> experiences, Set<SkillTheme> skillThemes,
                         Set<Mastery> masteries, Set<String> trainings, Set<TrainingLink> trainingLinks,
                         Set<Classification> classifications, Optional<Instant> classifiedFrom,
                         Optional<Instant> classifiedBefore, Optional<LocalDate> situationChangedFrom) {
    static final int MAX_VALUES = 50;

    public PoolSearch {
        Checks checks = new Checks();
        checks.texts("areas", areas, MAX_VALUES, Candidate.MAX_NAME);
        nameContains = nameContains == null ? Optional.empty() : nameContains;
        nameContains.ifPresent(p -> checks.text("nameContains", p, Candidate.MAX_NAME));
        checks.texts("currentJobs", currentJobs, MAX_VALUES, Candidate.MAX_NAME);
        checks.size("studyLevels", studyLevels, MAX_VALUES);
        checks.size("experiences", experiences, MAX_VALUES);
        checks.size("skillThemes", skillThemes, MAX_VALUES);
        checks.size("masteries", masteries, MAX_VALUES);
        checks.texts("trainings", trainings, MAX_VALUES, Candidate.MAX_NAME);
        checks.size("trainingLinks", trainingLinks, MAX_VALUES);
        checks.size("classifications", classifications, MAX_VALUES);
        classifiedFrom = classifiedFrom == null ? Optional.empty() : classifiedFrom;
        classifiedBefore = classifiedBefore == null ? Optional.empty() : classifiedBefore;
        situationChangedFrom = situationChangedFrom == null ? Optional.empty() : situationChangedFrom;
        checks.optionalInstant("classifiedFrom", classifiedFrom);
        checks.optionalInstant("classifiedBefore", classifiedBefore);
        checks.optionalDate("situationChangedFrom", situationChangedFrom);
        if (classifiedFrom.isPresent() && classifiedBefore.isPresent()
                && !classifiedFrom.get().isBefore(classifiedBefore.get())) {
            checks.fail("classifiedBefore", "must be after classifiedFrom");
        }
        checks.throwIfAny();
        areas = Set.copyOf(areas);
        currentJobs = Set.copyOf(currentJobs);
        studyLevels = Set.copyOf(studyLevels);
        experiences = Set.copyOf(experiences);
        skillThemes = Set.copyOf(skillThemes);
        masteries = Set.copyOf(masteries);
        trainings = Set.copyOf(trainings);
        trainingLinks = Set.copyOf(trainingLinks);
        classifications = Set.copyOf(classifications);
    }

    /** An empty search (the whole pool), to add criteria to. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects criteria; {@link #build()} validates them. */
    public static final class Builder {
        private Set<String> areas = Set.of();
        private String nameContains;
        private Set<String> currentJobs = Set.of();
        private Set<StudyLevel> studyLevels = Set.of();
        private Set<ExperienceBracket> experiences = Set.of();
        private Set<SkillTheme> skillThemes = Set.of();
        private Set<Mastery> masteries = Set.of();
        private Set<String> trainings = Set.of();
        private Set<TrainingLink> trainingLinks = Set.of();
        private Set<Classification> classifications = Set.of();
        private Instant classifiedFrom;
        private Instant classifiedBefore;
        private LocalDate situationChangedFrom;

        private Builder() {
        }

        /** Candidates in one of these areas. */
        public Builder areas(Set<String> v) {
            areas = v;
            return this;
        }

        /** Candidates whose last or first name starts with {@code v}, ignoring case. */
        public Builder nameContains(String v) {
            nameContains = v;
            return this;
        }

        /** Candidates able to do one of these jobs. */
        public Builder currentJobs(Set<String> v) {
            currentJobs = v;
            return this;
        }

        /** Candidates at one of these study levels. */
        public Builder studyLevels(Set<StudyLevel> v) {
            studyLevels = v;
            return this;
        }

        /** Candidates in one of these experience brackets. */
        public Builder experiences(Set<ExperienceBracket> v) {
            experiences = v;
            return this;
        }

        /** With {@link #masteries}: one skill of one of these themes. */
        public Builder skillThemes(Set<SkillTheme> v) {
            skillThemes = v;
            return this;
        }

        /** With {@link #skillThemes}: one skill at one of these masteries. */
        public Builder masteries(Set<Mastery> v) {
            masteries = v;
            return this;
        }

        /** Candidates interested in one of these trainings. */
        public Builder trainings(Set<String> v) {
            trainings = v;
            return this;
        }

        /** How the candidate relates to the trainings: interested, followed, ... */
        public Builder trainingLinks(Set<TrainingLink> v) {
            trainingLinks = v;
            return this;
        }

        /** Candidates with one of these classifications. */
        public Builder classifications(Set<Classification> v) {
            classifications = v;
            return this;
        }

        /** Candidates classified at or after {@code v}. */
        public Builder classifiedFrom(Instant v) {
            classifiedFrom = v;
            return this;
        }

        /** Candidates classified strictly before {@code v}. */
        public Builder classifiedBefore(Instant v) {
            classifiedBefore = v;
            return this;
        }

        /** Candidates whose situation changed on or after {@code v}. */
        public Builder situationChangedFrom(LocalDate v) {
            situationChangedFrom = v;
            return this;
        }

        /** The search, or an {@link org.lmskit.core.error.InvalidInputException} naming every bad criterion. */
        public PoolSearch build() {
            return new PoolSearch(areas, Optional.ofNullable(nameContains), currentJobs, studyLevels, experiences,
                    skillThemes, masteries, trainings, trainingLinks, classifications, Optional.ofNullable(classifiedFrom),
                    Optional.ofNullable(classifiedBefore), Optional.ofNullable(situationChangedFrom));
        }
    }
}
