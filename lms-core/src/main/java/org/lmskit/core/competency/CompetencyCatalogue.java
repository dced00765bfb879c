package org.lmskit.core.competency;

import java.util.LinkedHashSet;
import java.util.Set;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;

/** The competency catalogue (seed 000): scales of levels, competencies with their thresholds, profiles, jobs. */
public final class CompetencyCatalogue {
    private final CompetencyContext ctx;

    CompetencyCatalogue(CompetencyContext ctx) {
        this.ctx = ctx;
    }

    /** A new framework (competencies, profiles, a job) in a few readable lines; see {@link FrameworkSetup}. */
    public FrameworkSetup setUp(Actor actor) {
        Operations.requireActor(actor);
        return new FrameworkSetup(this, ctx.ops, actor);
    }

    /** Adds a scale of levels, or replaces it from the version read (0: new); administrators only. */
    public Scale defineScale(Actor actor, Scale scale) {
        ctx.ops.permit(actor, ctx.access::changeCatalogue);
        Operations.required("scale", scale);
        return ctx.ops.define(actor, "scale", scale.version(), () -> { },
                () -> CompetencyRecords.scale(catalog().insertScale(CompetencyRecords.record(scale))),
                () -> ctx.scale(scale.id()),
                () -> CompetencyRecords.scale(catalog().updateScale(CompetencyRecords.record(scale))),
                s -> s.id().value(), s -> Operations.fields("name", s.name(),
                        "levels", s.levels().stream().map(l -> l.code() + " " + l.label()).toList(),
                        "notApplicableAllowed", s.notApplicableAllowed()));
    }

    /** A scale by id; the default scale (1 to 5) is there even before anyone stores it. */
    public Scale scale(ScaleId id) {
        return ctx.scale(id);
    }

    /** Adds a competency, or replaces it from the version read (0: new); its thresholds must fit its scale. */
    public Competency defineCompetency(Actor actor, Competency competency) {
        ctx.ops.permit(actor, ctx.access::changeCatalogue);
        Operations.required("competency", competency);
        competency.thresholds().check(ctx.scale(competency.scale()));
        return ctx.ops.define(actor, "competency", competency.version(), () -> { },
                () -> CompetencyRecords.competency(catalog().insertCompetency(CompetencyRecords.record(competency))),
                () -> ctx.competency(competency.code()),
                () -> CompetencyRecords.competency(catalog().updateCompetency(CompetencyRecords.record(competency))),
                s -> s.code().value(), s -> Operations.fields("title", s.title(),
                        "description", s.description().isEmpty() ? null : s.description(), "scale", s.scale().value(),
                        "thresholds", s.thresholds().thresholds().stream()
                                .map(t -> t.levelCode() + " from " + t.minScore().toPlainString()).toList()));
    }

    /** A competency by code; not found if there is none. */
    public Competency competency(CompetencyCode code) {
        return ctx.competency(code);
    }

    /** Adds a profile, or replaces it from the version read (0: new); its competencies must exist. */
    public Profile defineProfile(Actor actor, Profile profile) {
        ctx.ops.permit(actor, ctx.access::changeCatalogue);
        Operations.required("profile", profile);
        ctx.competencies(profile.competencies());
        return ctx.ops.define(actor, "profile", profile.version(), () -> { },
                () -> CompetencyRecords.profile(catalog().insertProfile(CompetencyRecords.record(profile))),
                () -> profile(profile.id()),
                () -> CompetencyRecords.profile(catalog().updateProfile(CompetencyRecords.record(profile))),
                s -> s.id().value(), s -> Operations.fields("name", s.name(),
                        "competencies", s.competencies().stream().map(CompetencyCode::value).toList()));
    }

    /** A profile by id, its competencies in display order; not found if there is none. */
    public Profile profile(org.lmskit.core.id.ProfileId id) {
        Operations.required("profileId", id);
        return catalog().findProfiles(java.util.List.of(id.value())).stream().findFirst().map(CompetencyRecords::profile)
                .orElseThrow(() -> new org.lmskit.core.error.NotFoundException("profile", id.value()));
    }

    /** A job's requirements cover exactly the competencies of its profiles, each a level of the competency's scale or not applicable. */
    public Job defineJob(Actor actor, Job job) {
        ctx.ops.permit(actor, ctx.access::changeCatalogue);
        Operations.required("job", job);
        GapCalculator.JobContext context = ctx.context(job);
        Set<CompetencyCode> expected = new LinkedHashSet<>();
        context.profiles().forEach(p -> expected.addAll(p.competencies()));
        for (CompetencyCode code : expected) {
            LevelValue required = job.requirements().get(code);
            if (required == null) {
                throw InvalidInputException.of("requirements." + code, "is required: the competency is in the job's profiles");
            }
            context.scales().get(context.competencies().get(code).scale()).check("requirements." + code, required);
        }
        job.requirements().keySet().stream().filter(code -> !expected.contains(code)).findFirst().ifPresent(code -> {
            throw InvalidInputException.of("requirements." + code, "is not a competency of the job's profiles");
        });
        return ctx.ops.define(actor, "job", job.version(), () -> { },
                () -> CompetencyRecords.job(catalog().insertJob(CompetencyRecords.record(job))),
                () -> job(job.id()),
                () -> CompetencyRecords.job(catalog().updateJob(CompetencyRecords.record(job))),
                s -> s.id().value(), s -> Operations.fields("title", s.title(),
                        "profiles", s.profiles().stream().map(org.lmskit.core.id.ProfileId::value).toList(),
                        "requirements", new java.util.TreeMap<>(s.requirements().entrySet().stream().collect(
                                java.util.stream.Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().toString())))));
    }

    /** A job by id, its profiles and required levels; not found if there is none. */
    public Job job(JobId id) {
        return ctx.job(id);
    }

    private org.lmskit.spi.competency.CompetencyCatalogStore catalog() {
        return ctx.storage.competencyCatalog();
    }
}
