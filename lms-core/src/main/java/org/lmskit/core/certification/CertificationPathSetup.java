package org.lmskit.core.certification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

/**
 * What certification needs of a path (seed 003). A certifying path has mandatory theme badges, a
 * number of workshops to do, and a final case study of 10 to 20 questions; a non-certifying path has
 * no case study.
 *
 * @param version 0 until stored
 */
public record CertificationPathSetup(PathId pathId, boolean certifying, Set<ThemeId> mandatoryThemes,
                                     int requiredWorkshops, List<CaseStudyQuestion> caseStudy, long version) {
    public static final int MIN_QUESTIONS = 10;
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_WORKSHOPS = 1000;

    public CertificationPathSetup {
        if (pathId == null) {
            throw InvalidInputException.of("pathId", "is required");
        }
        mandatoryThemes = Set.copyOf(mandatoryThemes == null ? Set.of() : mandatoryThemes);
        caseStudy = List.copyOf(caseStudy == null ? List.of() : caseStudy);
        if (requiredWorkshops < 0 || requiredWorkshops > MAX_WORKSHOPS) {
            throw InvalidInputException.of("requiredWorkshops", "must be between 0 and " + MAX_WORKSHOPS);
        }
        if (certifying && (caseStudy.size() < MIN_QUESTIONS || caseStudy.size() > MAX_QUESTIONS)) {
            throw InvalidInputException.of("caseStudy", "a certifying path's case study has " + MIN_QUESTIONS + " to "
                    + MAX_QUESTIONS + " questions, this one has " + caseStudy.size());
        }
        if (!certifying && !caseStudy.isEmpty()) {
            throw InvalidInputException.of("caseStudy", "a path that does not certify has no case study");
        }
        Set<QuestionId> seen = new HashSet<>();
        for (CaseStudyQuestion question : caseStudy) {
            if (!seen.add(question.id())) {
                throw InvalidInputException.of("caseStudy", "question '" + question.id() + "' appears twice");
            }
        }
    }

    /** A path without a case study: it issues no certificate. */
    public static CertificationPathSetup notCertifying(PathId pathId) {
        return new CertificationPathSetup(pathId, false, Set.of(), 0, List.of(), 0);
    }

    /** The same set-up at {@code newVersion}, as stored. */
    public CertificationPathSetup withVersion(long newVersion) {
        return new CertificationPathSetup(pathId, certifying, mandatoryThemes, requiredWorkshops, caseStudy, newVersion);
    }
}
