package org.lmskit.spi.certification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What certification needs to know of a path: whether it certifies, the themes whose badge is
 * mandatory, how many workshops must be done, and every version of its final case study ever published,
 * oldest first. A certifying path's current case study is the newest version; older versions stay for the
 * learners who started on them.
 *
 * @param caseStudies every version published, numbers strictly rising; empty for a path that never certified
 */
public record CertificationPathRecord(String pathId, boolean certifying, Set<String> mandatoryThemeIds,
                                      int requiredWorkshops, List<CaseStudyVersionRecord> caseStudies,
                                      long version) {
    public CertificationPathRecord {
        Objects.requireNonNull(pathId, "pathId");
        mandatoryThemeIds = Set.copyOf(mandatoryThemeIds);
        caseStudies = List.copyOf(caseStudies);
        for (int i = 1; i < caseStudies.size(); i++) {
            if (caseStudies.get(i).version() <= caseStudies.get(i - 1).version()) {
                throw new IllegalArgumentException("case-study versions must rise: " + caseStudies.get(i - 1).version()
                        + " then " + caseStudies.get(i).version());
            }
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    /** The case study learners start now: the newest version, if the path certifies. */
    public Optional<CaseStudyVersionRecord> currentCaseStudy() {
        return certifying && !caseStudies.isEmpty() ? Optional.of(caseStudies.get(caseStudies.size() - 1))
                : Optional.empty();
    }

    /** One version, for an attempt pinned to it. */
    public Optional<CaseStudyVersionRecord> caseStudy(int caseStudyVersion) {
        return caseStudies.stream().filter(v -> v.version() == caseStudyVersion).findFirst();
    }

    public CertificationPathRecord withVersion(long newVersion) {
        return new CertificationPathRecord(pathId, certifying, mandatoryThemeIds, requiredWorkshops, caseStudies,
                newVersion);
    }
}
