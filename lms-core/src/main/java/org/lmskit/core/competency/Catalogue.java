package org.lmskit.core.competency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;

/** The reference data of the capability: competencies, profiles, jobs. */
public final class Catalogue {
    private Catalogue() {
    }

    /** A competency (code such as TEST-ANE_002-CGCR-01), its scale and score thresholds. */
    public record Competency(CompetencyCode code, String title, String description, ScaleId scale,
                             ScoreThresholds thresholds, long version) {
        public Competency {
            if (code == null) {
                throw InvalidInputException.of("code", "is required");
            }
            if (title == null || title.isBlank()) {
                throw InvalidInputException.of("title", "is required");
            }
            description = description == null ? "" : description;
            if (scale == null) {
                throw InvalidInputException.of("scale", "is required");
            }
            if (thresholds == null) {
                throw InvalidInputException.of("thresholds", "is required");
            }
        }
    }

    /** A named group of competencies, in display order. */
    public record Profile(ProfileId id, String name, List<CompetencyCode> competencies, long version) {
        public Profile {
            if (id == null) {
                throw InvalidInputException.of("profileId", "is required");
            }
            if (name == null || name.isBlank()) {
                throw InvalidInputException.of("name", "is required");
            }
            competencies = List.copyOf(competencies == null ? List.of() : competencies);
            if (competencies.stream().distinct().count() != competencies.size()) {
                throw InvalidInputException.of("competencies", "a competency appears once in a profile");
            }
        }
    }

    /** A job: its profiles in order and the level it requires per competency (or not applicable). */
    public record Job(JobId id, String title, List<ProfileId> profiles, Map<CompetencyCode, LevelValue> requirements,
                      long version) {
        public Job {
            if (id == null) {
                throw InvalidInputException.of("jobId", "is required");
            }
            if (title == null || title.isBlank()) {
                throw InvalidInputException.of("title", "is required");
            }
            profiles = List.copyOf(profiles == null ? List.of() : profiles);
            requirements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                    requirements == null ? Map.of() : requirements));
        }
    }
}
