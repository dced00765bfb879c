package org.lmskit.core.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Checks;

/**
 * A candidate of the pool, pre-qualified by the commission (seed 004, "Constitution du vivier" and the
 * profile card). Validated when built; every bad field is named at once.
 *
 * @param currentJobs the jobs the commission says the candidate can do ("Métiers actuels")
 * @param submittedBy the employment partner's contact who submitted the candidate; told of non-responses
 * @param documents names of the documents the candidate sent (CV first)
 * @param version 0 before it is stored
 */
public record Candidate(CandidateId id, Civility civility, String lastName, String firstName, String area, String city,
                        List<String> currentJobs, Classification classification, Instant classifiedAt,
                        StudyLevel studyLevel, ExperienceBracket experience, List<Skill> skills,
                        List<TrainingInterest> trainings, Situation situation, LocalDate situationChangedOn,
                        UserId submittedBy, List<String> documents, long version) {
    static final int MAX_NAME = 100;
    static final int MAX_JOBS = 30;
    static final int MAX_SKILLS = 400;
    static final int MAX_TRAININGS = 30;
    static final int MAX_DOCUMENTS = 30;

    public Candidate {
        Checks checks = new Checks();
        checks.required("candidateId", id);
        checks.required("civility", civility);
        checks.text("lastName", lastName, MAX_NAME);
        checks.text("firstName", firstName, MAX_NAME);
        checks.text("area", area, MAX_NAME);
        checks.text("city", city, MAX_NAME);
        checks.texts("currentJobs", currentJobs, MAX_JOBS, MAX_NAME);
        checks.required("classification", classification);
        classifiedAt = checks.instant("classifiedAt", classifiedAt);
        checks.required("studyLevel", studyLevel);
        checks.required("experience", experience);
        checks.size("skills", skills, MAX_SKILLS);
        checks.size("trainings", trainings, MAX_TRAININGS);
        checks.required("situation", situation);
        checks.date("situationChangedOn", situationChangedOn);
        checks.required("submittedBy", submittedBy);
        checks.texts("documents", documents, MAX_DOCUMENTS, 200);
        if (version < 0) {
            checks.fail("version", "must be 0 or more");
        }
        checks.throwIfAny();
        currentJobs = List.copyOf(currentJobs);
        skills = List.copyOf(skills);
        trainings = List.copyOf(trainings);
        documents = List.copyOf(documents);
    }

    /** "Monsieur DELEAN Julien-Alsace / Bas-Rhin": the seed's card title. */
    public String cardTitle() {
        return civility.label() + " " + lastName + " " + firstName + "-" + area;
    }

    /** The same candidate at {@code newVersion}, as stored. */
    public Candidate withVersion(long newVersion) {
        return new Candidate(id, civility, lastName, firstName, area, city, currentJobs, classification, classifiedAt,
                studyLevel, experience, skills, trainings, situation, situationChangedOn, submittedBy, documents,
                newVersion);
    }

    /** A builder naming each field; lists default to empty and the version to 0 (not stored yet). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this candidate's fields, to change a few (from the version read). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.civility = civility;
        b.lastName = lastName;
        b.firstName = firstName;
        b.area = area;
        b.city = city;
        b.currentJobs = currentJobs;
        b.classification = classification;
        b.classifiedAt = classifiedAt;
        b.studyLevel = studyLevel;
        b.experience = experience;
        b.skills = skills;
        b.trainings = trainings;
        b.situation = situation;
        b.situationChangedOn = situationChangedOn;
        b.submittedBy = submittedBy;
        b.documents = documents;
        b.version = version;
        return b;
    }

    /** Collects a candidate's eighteen fields by name; {@link #build()} validates them all at once. */
    public static final class Builder {
        private CandidateId id;
        private Civility civility;
        private String lastName;
        private String firstName;
        private String area;
        private String city;
        private List<String> currentJobs = List.of();
        private Classification classification;
        private Instant classifiedAt;
        private StudyLevel studyLevel;
        private ExperienceBracket experience;
        private List<Skill> skills = List.of();
        private List<TrainingInterest> trainings = List.of();
        private Situation situation;
        private LocalDate situationChangedOn;
        private UserId submittedBy;
        private List<String> documents = List.of();
        private long version;

        private Builder() {
        }

        /** The candidate's id (required). */
        public Builder id(CandidateId id) {
            this.id = id;
            return this;
        }

        /** Madame or Monsieur (required). */
        public Builder civility(Civility civility) {
            this.civility = civility;
            return this;
        }

        /** The last name, up to 100 characters (required). */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /** The first name, up to 100 characters (required). */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /** The area the candidate looks for work in (required; seed 004, "Secteur"). */
        public Builder area(String area) {
            this.area = area;
            return this;
        }

        /** The candidate's city (required). */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** The jobs the commission says the candidate can do, up to 30 ("Métiers actuels"). */
        public Builder currentJobs(List<String> currentJobs) {
            this.currentJobs = currentJobs;
            return this;
        }

        /** The commission's classification (required). */
        public Builder classification(Classification classification) {
            this.classification = classification;
            return this;
        }

        /** When the commission classified the candidate (required). */
        public Builder classifiedAt(Instant classifiedAt) {
            this.classifiedAt = classifiedAt;
            return this;
        }

        /** The highest level of study (required). */
        public Builder studyLevel(StudyLevel studyLevel) {
            this.studyLevel = studyLevel;
            return this;
        }

        /** The years of experience, as the seed's brackets (required). */
        public Builder experience(ExperienceBracket experience) {
            this.experience = experience;
            return this;
        }

        /** The skills, each with its theme and mastery, up to 400. */
        public Builder skills(List<Skill> skills) {
            this.skills = skills;
            return this;
        }

        /** The trainings the candidate is interested in or followed, up to 30. */
        public Builder trainings(List<TrainingInterest> trainings) {
            this.trainings = trainings;
            return this;
        }

        /** The candidate's situation (required). */
        public Builder situation(Situation situation) {
            this.situation = situation;
            return this;
        }

        /** The day the situation last changed (required). */
        public Builder situationChangedOn(LocalDate situationChangedOn) {
            this.situationChangedOn = situationChangedOn;
            return this;
        }

        /** The employment partner's contact who submitted the candidate (required). */
        public Builder submittedBy(UserId submittedBy) {
            this.submittedBy = submittedBy;
            return this;
        }

        /** Names of the documents the candidate sent, CV first, up to 30. */
        public Builder documents(List<String> documents) {
            this.documents = documents;
            return this;
        }

        /** The stored version, 0 for a candidate not stored yet. */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /** The candidate, or an {@link org.lmskit.core.error.InvalidInputException} naming every bad field at once. */
        public Candidate build() {
            return new Candidate(id, civility, lastName, firstName, area, city, currentJobs, classification,
                    classifiedAt, studyLevel, experience, skills, trainings, situation, situationChangedOn,
                    submittedBy, documents, version);
        }
    }

    /** A know-how, by theme, with its mastery ("Wordpress-Débutant" under "Logiciel - CMS / e-commerce"). */
    public record Skill(SkillTheme theme, String name, Mastery mastery) {
        public Skill {
            Checks checks = new Checks();
            checks.required("skills.theme", theme);
            checks.text("skills.name", name, MAX_NAME);
            checks.required("skills.mastery", mastery);
            checks.throwIfAny();
        }
    }

    /** A training of the commission the candidate is linked to, and how. */
    public record TrainingInterest(String training, TrainingLink link) {
        public TrainingInterest {
            Checks checks = new Checks();
            checks.text("trainings.training", training, MAX_NAME);
            checks.required("trainings.link", link);
            checks.throwIfAny();
        }
    }
}
