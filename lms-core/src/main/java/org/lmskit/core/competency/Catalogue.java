package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import com.google.common.collect.ImmutableMap;
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
            Texts.line("title", title, Texts.LINE);
            description = description == null ? "" : Texts.optionalParagraph("description", description,
                    Texts.PARAGRAPH);
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
            Texts.line("name", name, Texts.LINE);
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
            Texts.line("title", title, Texts.LINE);
            profiles = List.copyOf(profiles == null ? List.of() : profiles);
            requirements = requirements == null ? ImmutableMap.of() : ImmutableMap.copyOf(requirements);
        }
    }
}
