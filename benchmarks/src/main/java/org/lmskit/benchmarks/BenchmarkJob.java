package org.lmskit.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.security.Actor;

/** Seed 000's job at benchmark size: "Conseiller Carrière Retraite", one profile, level 3 required everywhere. */
final class BenchmarkJob {
    static final JobId CCR = JobId.of("ccr");

    private BenchmarkJob() {
    }

    /** Defines {@code count} competencies {@code prefix}0.., a profile of them and the job; returns their codes. */
    static List<CompetencyCode> define(Lms lms, Actor admin, String prefix, int count) {
        Scale scale = lms.competencies().catalogue().scale(Scale.DEFAULT_ID);
        List<CompetencyCode> codes = new ArrayList<>();
        Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
        for (int c = 0; c < count; c++) {
            CompetencyCode code = CompetencyCode.of(prefix + c);
            lms.competencies().catalogue().defineCompetency(admin, new Catalogue.Competency(code, "Competency " + c, "",
                    Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(scale), 0));
            codes.add(code);
            requirements.put(code, LevelValue.of("3"));
        }
        lms.competencies().catalogue().defineProfile(admin, new Catalogue.Profile(ProfileId.of("p"), "Profile", codes, 0));
        lms.competencies().catalogue().defineJob(admin, new Catalogue.Job(CCR, "Conseiller Carrière Retraite",
                List.of(ProfileId.of("p")), requirements, 0));
        return codes;
    }

    /** A directory in which {@code manager} manages {@code learner-0} to {@code learner-(size - 1)}, all of them. */
    static org.lmskit.core.directory.Directory team(UserId manager, int size) {
        java.util.Set<UserId> team = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            team.add(UserId.of("learner-" + i));
        }
        return new org.lmskit.core.directory.Directory() {
            @Override
            public java.util.Set<UserId> managersOf(UserId learner) {
                return java.util.Set.of(manager);
            }

            @Override
            public java.util.Set<UserId> teamOf(UserId someone) {
                return someone.equals(manager) ? team : java.util.Set.of();
            }
        };
    }

    /** What the default rule (latest validating) asks the store: every source but the learner's own. */
    static java.util.Set<String> validatingSources() {
        return java.util.Arrays.stream(org.lmskit.core.competency.Source.values())
                .filter(org.lmskit.core.competency.Source::validating).map(Enum::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
