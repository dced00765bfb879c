package org.lmskit.spi.certification;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What certification needs to know of a path: whether it certifies, the themes whose badge is
 * mandatory, how many workshops must be done, and the final case study's questions (in order).
 */
public record CertificationPathRecord(String pathId, boolean certifying, Set<String> mandatoryThemeIds,
                                      int requiredWorkshops, List<CaseStudyQuestionRecord> caseStudyQuestions,
                                      long version) {
    public CertificationPathRecord {
        Objects.requireNonNull(pathId, "pathId");
        mandatoryThemeIds = Set.copyOf(mandatoryThemeIds);
        caseStudyQuestions = List.copyOf(caseStudyQuestions);
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    public CertificationPathRecord withVersion(long newVersion) {
        return new CertificationPathRecord(pathId, certifying, mandatoryThemeIds, requiredWorkshops, caseStudyQuestions,
                newVersion);
    }
}
