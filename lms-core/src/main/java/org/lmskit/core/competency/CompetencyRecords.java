package org.lmskit.core.competency;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.HashMap;
import org.lmskit.core.id.ReviewId;
import org.lmskit.spi.competency.InterimReviewRecord;
import java.util.Map;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.RequirementRecord;
import org.lmskit.spi.competency.ScaleLevelRecord;
import org.lmskit.spi.competency.ScaleRecord;
import org.lmskit.spi.competency.ThresholdRecord;

/** Converts between the SPI's stored records and the capability's domain types. */
final class CompetencyRecords {
    private CompetencyRecords() {
    }

    static Scale scale(ScaleRecord r) {
        return new Scale(ScaleId.of(r.scaleId()), r.name(),
                r.levels().stream().map(l -> new ScaleLevel(l.code(), l.label(), l.description())).toList(),
                r.notApplicableAllowed(), r.version());
    }

    static ScaleRecord record(Scale s) {
        return new ScaleRecord(s.id().value(), s.name(),
                s.levels().stream().map(l -> new ScaleLevelRecord(l.code(), l.label(), l.description())).toList(),
                s.notApplicableAllowed(), s.version());
    }

    static Competency competency(CompetencyRecord r) {
        return new Competency(CompetencyCode.of(r.code()), r.title(), r.description(), ScaleId.of(r.scaleId()),
                new ScoreThresholds(r.thresholds().stream()
                        .map(t -> new ScoreThresholds.Threshold(t.minScore(), t.levelCode())).toList()),
                r.version());
    }

    static CompetencyRecord record(Competency c) {
        return new CompetencyRecord(c.code().value(), c.title(), c.description(), c.scale().value(),
                c.thresholds().thresholds().stream().map(t -> new ThresholdRecord(t.minScore(), t.levelCode())).toList(),
                c.version());
    }

    static Profile profile(ProfileRecord r) {
        return new Profile(ProfileId.of(r.profileId()), r.name(),
                r.competencyCodes().stream().map(CompetencyCode::of).toList(), r.version());
    }

    static ProfileRecord record(Profile p) {
        return new ProfileRecord(p.id().value(), p.name(), p.competencies().stream().map(CompetencyCode::value).toList(),
                p.version());
    }

    static Job job(JobRecord r) {
        Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
        r.requirements().forEach(q -> requirements.put(CompetencyCode.of(q.competencyCode()),
                new LevelValue(q.levelCode())));
        return new Job(JobId.of(r.jobId()), r.title(), r.profileIds().stream().map(ProfileId::of).toList(), requirements,
                r.version());
    }

    static JobRecord record(Job j) {
        return new JobRecord(j.id().value(), j.title(), j.profiles().stream().map(ProfileId::value).toList(),
                j.requirements().entrySet().stream()
                        .map(e -> new RequirementRecord(e.getKey().value(), e.getValue().code())).toList(),
                j.version());
    }

    static Positioning positioning(PositioningRecord r) {
        return new Positioning(r.id(), UserId.of(r.learnerId()), CompetencyCode.of(r.competencyCode()),
                new LevelValue(r.levelCode()), Source.valueOf(r.source()), UserId.of(r.actorId()), r.at(), r.score(),
                r.comment());
    }

    static InterimReviewRecord record(InterimReview r) {
        Map<String, String> levels = new HashMap<>();
        Set<String> notApplicable = new HashSet<>();
        r.positions().forEach((code, level) -> {
            if (level.isNotApplicable()) {
                notApplicable.add(code.value());
            } else {
                levels.put(code.value(), level.code().get());
            }
        });
        return new InterimReviewRecord(r.id().value(), r.learner().value(), r.status().name(), levels, notApplicable,
                r.findings(), r.advice(), r.author().value(), r.createdAt(), r.finalizedAt(),
                r.finalizedBy().map(UserId::value), r.version());
    }

    static InterimReview review(InterimReviewRecord r) {
        Map<CompetencyCode, LevelValue> positions = new HashMap<>();
        r.levels().forEach((code, level) -> positions.put(CompetencyCode.of(code), LevelValue.of(level)));
        r.notApplicable().forEach(code -> positions.put(CompetencyCode.of(code), LevelValue.notApplicable()));
        return new InterimReview(ReviewId.of(r.reviewId()), UserId.of(r.learnerId()), ReviewStatus.valueOf(r.status()),
                positions, r.findings(), r.advice(), UserId.of(r.authorId()), r.createdAt(), r.finalizedAt(),
                r.finalizedBy().map(UserId::of), r.version());
    }
}
