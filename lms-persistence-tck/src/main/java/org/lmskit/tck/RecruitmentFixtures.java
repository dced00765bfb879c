package org.lmskit.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

/** Candidates and cards shaped like seed 004's, for the recruitment contracts. */
public final class RecruitmentFixtures {
    private RecruitmentFixtures() {
    }

    /** A Bas-Rhin, employable, Bac + 5, more-than-10-years candidate; tests vary what they search on. */
    public static CandidateBuilder candidate(String id, String lastName, String firstName) {
        return new CandidateBuilder(id, lastName, firstName);
    }

    public static FollowUpCardRecord card(String id, String company, String candidate, String recruiter, String status,
                                          Instant created, Instant due) {
        return new FollowUpCardRecord(id, company, candidate, "Monsieur " + candidate, recruiter,
                "NONE_STUDY_IN_PROGRESS", status, List.of("PROFILE_STUDY"), false, Optional.empty(), List.of(),
                Optional.empty(), created, created, recruiter, Optional.ofNullable(due), 0);
    }

    /** Mutable only while a test shapes it; {@link #build()} gives the immutable record. */
    public static final class CandidateBuilder {
        private final String id;
        private final String lastName;
        private final String firstName;
        private String area = "Alsace / Bas-Rhin";
        private List<String> jobs = List.of("Analyste fonctionnel");
        private String classification = "EMPLOYABLE";
        private Instant classifiedAt = Instant.parse("2018-10-18T10:00:00Z");
        private String studyLevel = "BAC_PLUS_5";
        private String experience = "MORE_THAN_10_YEARS";
        private List<SkillRecord> skills = List.of(new SkillRecord("METHODOLOGIES", "SCRUM", "BEGINNER"));
        private List<TrainingInterestRecord> trainings = List.of();
        private LocalDate situationChangedOn = LocalDate.of(2018, 10, 1);

        private CandidateBuilder(String id, String lastName, String firstName) {
            this.id = id;
            this.lastName = lastName;
            this.firstName = firstName;
        }

        public CandidateBuilder area(String value) {
            area = value;
            return this;
        }

        public CandidateBuilder jobs(String... values) {
            jobs = List.of(values);
            return this;
        }

        public CandidateBuilder classification(String value, Instant at) {
            classification = value;
            classifiedAt = at;
            return this;
        }

        public CandidateBuilder studyLevel(String value) {
            studyLevel = value;
            return this;
        }

        public CandidateBuilder experience(String value) {
            experience = value;
            return this;
        }

        public CandidateBuilder skills(SkillRecord... values) {
            skills = List.of(values);
            return this;
        }

        public CandidateBuilder trainings(TrainingInterestRecord... values) {
            trainings = List.of(values);
            return this;
        }

        public CandidateBuilder situationChangedOn(LocalDate value) {
            situationChangedOn = value;
            return this;
        }

        public CandidateRecord build() {
            return new CandidateRecord(id, "MR", lastName, firstName, area, "Strasbourg", jobs, classification,
                    classifiedAt, studyLevel, experience, skills, trainings, "JOB_SEEKING", situationChangedOn,
                    "partner-contact", List.of("cv.pdf"), 0);
        }
    }
}
