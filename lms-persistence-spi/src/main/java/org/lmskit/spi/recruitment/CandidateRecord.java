package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lmskit.spi.Required;

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
        Required.fields("candidateId civility lastName firstName area city classification classifiedAt "
                + "studyLevel experience situation situationChangedOn submittedBy",
                candidateId, civility, lastName, firstName, area, city, classification, classifiedAt, studyLevel,
                experience, situation, situationChangedOn, submittedBy);
        currentJobs = List.copyOf(currentJobs);
        skills = List.copyOf(skills);
        trainings = List.copyOf(trainings);
        documents = List.copyOf(documents);
    }

    public CandidateRecord withVersion(long newVersion) {
        return new CandidateRecord(candidateId, civility, lastName, firstName, area, city, currentJobs, classification,
                classifiedAt, studyLevel, experience, skills, trainings, situation, situationChangedOn, submittedBy,
                documents, newVersion);
    }
}
