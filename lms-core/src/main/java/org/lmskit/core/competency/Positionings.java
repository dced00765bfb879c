package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import org.lmskit.core.domain.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.NewPositioningRecord;

/**
 * Learners' target jobs and positionings (seed 000, "Positionnements"): who may position whom is the
 * {@link CompetencyAccess#position} rule; a scored source's level comes from the competency's thresholds.
 */
public final class Positionings {
    /** The longest comment a positioning keeps. */
    public static final int MAX_COMMENT = 5000;
    static final String ASSIGNMENT_TYPE = "job-assignment";
    private final CompetencyContext ctx;

    Positionings(CompetencyContext ctx) {
        this.ctx = ctx;
    }

    /** Sets a learner's target job: administrators, the learner's managers and supervisors. */
    public Optional<JobId> assignJob(Actor actor, UserId learner, JobId jobId) {
        Operations.required("learner", learner);
        ctx.ops.permit(actor, a -> ctx.access.assignJob(a, learner));
        return ctx.ops.write(() -> {
            ctx.job(jobId);
            Optional<JobAssignmentRecord> current = ctx.storage.jobAssignments().find(learner.value());
            JobAssignmentRecord next = new JobAssignmentRecord(learner.value(), jobId.value(), ctx.ops.now(),
                    current.map(JobAssignmentRecord::version).orElse(0L));
            if (current.isEmpty()) {
                ctx.storage.jobAssignments().insert(next);
            } else {
                ctx.storage.jobAssignments().update(next);
            }
            ctx.audit.record(actor, ASSIGNMENT_TYPE, learner.value(), "assigned",
                    List.of(new FieldChange("job", current.map(JobAssignmentRecord::jobId).orElse(null), jobId.value())));
            return Optional.of(jobId);
        });
    }

    /** The learner's target job, if one is assigned; read by the {@link CompetencyAccess#read} rule. */
    public Optional<JobId> jobOf(Actor actor, UserId learner) {
        ctx.read(actor, learner);
        return ctx.storage.jobAssignments().find(learner.value()).map(a -> JobId.of(a.jobId()));
    }

    /**
     * Records a positioning. For an evaluation or an observation pass the score (0-100 %): the
     * competency's thresholds give the level. For the other sources pass the level.
     */
    public Positioning position(Actor actor, UserId learner, CompetencyCode code, Source source,
                                Optional<LevelValue> level, Optional<BigDecimal> score, Optional<String> comment) {
        Operations.required("code", code);
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        Operations.required("source", source);
        // the input's own domain first, before anything is read: refuse early, refuse cheaply
        Optional<BigDecimal> given = score == null ? Optional.empty() : score;
        Optional<BigDecimal> storedScore = Decimals.checkOptional("score", given, BigDecimal.ZERO,
                ScoreThresholds.HUNDRED, ScoreThresholds.DECIMALS);
        if (!source.scored() && storedScore.isPresent()) {
            throw InvalidInputException.of("score", "is given only for an evaluation or an observation");
        }
        Optional<String> note = comment == null ? Optional.empty() : comment.filter(c -> !c.isBlank());
        note.ifPresent(c -> Texts.optionalParagraph("comment", c, MAX_COMMENT));
        // the permission asks the directory only; a refusal is published before any transaction opens
        ctx.ops.permit(actor, ctx.access.position(actor, learner, source));
        // the catalogue's reads and the append in one transaction: one connection, one commit
        return ctx.ops.write(() -> {
            Competency competency = ctx.competency(code);
            Scale scale = ctx.scale(competency.scale());
            LevelValue value;
            if (source.scored()) {
                BigDecimal s = storedScore.orElseThrow(() -> InvalidInputException.of("score", "is required for " + source));
                value = LevelValue.of(competency.thresholds().levelFor(s));
            } else {
                value = (level == null ? Optional.<LevelValue>empty() : level)
                        .orElseThrow(() -> InvalidInputException.of("level", "is required for " + source));
                scale.check("level", value);
            }
            Positioning stored = CompetencyRecords.positioning(ctx.storage.positionings().append(
                    new NewPositioningRecord(learner.value(), code.value(), value.code(), source.name(),
                            actor.id().value(), ctx.ops.now(), storedScore, note)));
            ctx.ops.publish(new CompetencyEvent.Positioned(stored.at(), learner, code, value, source, actor.id()));
            return stored;
        });
    }

    /** Positions a learner at a level of the competency's scale: a manager, a supervisor, the learner themself. */
    public Positioning positionAtLevel(Actor actor, UserId learner, CompetencyCode code, Source source,
                                      LevelValue level) {
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        Operations.required("code", code);
        return position(actor, learner, code, source, Optional.ofNullable(level), Optional.empty(), Optional.empty());
    }

    /** Records an evaluation's or an observation's score (0-100 %): the competency's thresholds give the level. */
    public Positioning positionByScore(Actor actor, UserId learner, CompetencyCode code, Source source,
                                      BigDecimal score) {
        return position(actor, learner, code, source, Optional.empty(), Optional.ofNullable(score), Optional.empty());
    }

    /** A learner's positionings, newest first, with actor and source. */
    public Page<Positioning> history(Actor actor, UserId learner, PageRequest page) {
        return ctx.ops.read(() -> {
            ctx.read(actor, learner);
            Operations.required("page", page);
            return ctx.storage.positionings().history(learner.value(), page).map(CompetencyRecords::positioning);
        });
    }

}
