package org.lmskit.core.competency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;

/**
 * A new competency framework in a few readable lines (seed 000, "Les emplois": competencies grouped in
 * profiles, a job requiring a level of each):
 *
 * <pre>{@code
 * Job job = lms.competencies().catalogue().setUp(admin)
 *         .competency("CGCR-01", "Fiabiliser une carrière")
 *         .competency("CGCR-02", "Produire une estimation fiable au client")
 *         .profile("donnees", "Traiter et analyser les données", "CGCR-01", "CGCR-02")
 *         .job("ccr", "Conseiller Carrière Retraite").requires("CGCR-01", "3").requires("CGCR-02", "4")
 *         .define();
 * }</pre>
 *
 * Competencies use the default scale with thresholds spread evenly over it; the job is made of every
 * profile set up here. {@link #define()} defines everything in one transaction, with the catalogue's own
 * checks and access rule: one refusal and nothing is stored.
 */
public final class FrameworkSetup {
    private final CompetencyCatalogue catalogue;
    private final Operations ops;
    private final Actor actor;
    private final Map<String, String> competencies = new LinkedHashMap<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
    private JobId jobId;
    private String jobTitle;

    FrameworkSetup(CompetencyCatalogue catalogue, Operations ops, Actor actor) {
        this.catalogue = catalogue;
        this.ops = ops;
        this.actor = actor;
    }

    /** A competency on the default scale, its score thresholds spread evenly over the scale's levels. */
    public FrameworkSetup competency(String code, String title) {
        competencies.put(code, title);
        return this;
    }

    /** A profile grouping competencies, in display order. */
    public FrameworkSetup profile(String id, String name, String... competencyCodes) {
        profiles.add(new Profile(ProfileId.of(id), name,
                java.util.Arrays.stream(competencyCodes).map(CompetencyCode::of).toList(), 0));
        return this;
    }

    /** The job, made of every profile set up here; give each competency's level with {@link #requires}. */
    public FrameworkSetup job(String id, String title) {
        this.jobId = JobId.of(id);
        this.jobTitle = title;
        return this;
    }

    /** The level the job requires on a competency of its profiles ({@code null}: not applicable). */
    public FrameworkSetup requires(String competencyCode, String level) {
        requirements.put(CompetencyCode.of(competencyCode), level == null ? LevelValue.notApplicable()
                : LevelValue.of(level));
        return this;
    }

    /** Defines the competencies, the profiles and the job in one transaction, and returns the job as stored. */
    public Job define() {
        Operations.required("job", jobId);
        Supplier<Job> all = () -> {
            Scale scale = catalogue.scale(Scale.DEFAULT_ID);
            competencies.forEach((code, title) -> catalogue.defineCompetency(actor, new Competency(
                    CompetencyCode.of(code), title, "", Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(scale), 0)));
            profiles.forEach(p -> catalogue.defineProfile(actor, p));
            return catalogue.defineJob(actor, new Job(jobId, jobTitle, profiles.stream().map(Profile::id).toList(),
                    requirements, 0));
        };
        return ops.write(all);
    }
}
