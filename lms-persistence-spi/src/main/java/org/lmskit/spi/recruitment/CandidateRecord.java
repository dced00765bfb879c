package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A candidate of the pool as stored. Codes (classification, study level, experience bracket,
 * situation, skill themes and masteries, training links) are the core's enum names.
 *
 * @param submittedBy the employment partner's contact who submitted the candidate, told of non-responses
 */
public record CandidateRecord(String candidateId, String civility, String lastName, String firstName, String area,
                              String city, List<String> currentJobs, String classification, Instant classifiedAt,
                              String studyLevel, String experience, List<SkillRecord> skills,
                              List<TrainingInterestRecord> trainings, String situation, LocalDate situationChangedOn,
                              String submittedBy, List<String> documents, long version) {
    public CandidateRecord {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(civility, "civility");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(city, "city");
        currentJobs = List.copyOf(currentJobs);
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(classifiedAt, "classifiedAt");
        Objects.requireNonNull(studyLevel, "studyLevel");
        Objects.requireNonNull(experience, "experience");
        skills = List.copyOf(skills);
        trainings = List.copyOf(trainings);
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(situationChangedOn, "situationChangedOn");
        Objects.requireNonNull(submittedBy, "submittedBy");
        documents = List.copyOf(documents);
    }

    public CandidateRecord withVersion(long newVersion) {
        return new CandidateRecord(candidateId, civility, lastName, firstName, area, city, currentJobs, classification,
                classifiedAt, studyLevel, experience, skills, trainings, situation, situationChangedOn, submittedBy,
                documents, newVersion);
    }
}
