package org.lmskit.core.competency;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.competency.PositioningRecord;

/** Builds each repeated id and level once per call. */
final class PositioningConverter {
    private final Map<String, UserId> users = new HashMap<>();
    private final Map<String, CompetencyCode> codes = new HashMap<>();
    private final Map<String, LevelValue> levels = new HashMap<>();

    PositioningConverter(Set<UserId> learners) {
        learners.forEach(u -> users.put(u.value(), u));
    }

    private UserId lastLearner;
    private UserId lastActor;

    /** The stored source name as a {@link Source}. */
    static Source source(String name) {
        // a switch on the stored name: faster than Enum.valueOf on a team's half million records
        return switch (name) {
            case "MANAGER" -> Source.MANAGER;
            case "SELF" -> Source.SELF;
            case "EVALUATION" -> Source.EVALUATION;
            case "OBSERVATION" -> Source.OBSERVATION;
            case "SUPERVISOR" -> Source.SUPERVISOR;
            default -> Source.valueOf(name);
        };
    }

    Positioning convert(PositioningRecord r) {
        return convert(codes.computeIfAbsent(r.competencyCode(), CompetencyCode::of), r);
    }

    private Positioning convert(CompetencyCode code, PositioningRecord r) {
        LevelValue level = r.levelCode().isPresent()
                ? levels.computeIfAbsent(r.levelCode().get(), LevelValue::of) : LevelValue.notApplicable();
        if (lastLearner == null || !lastLearner.value().equals(r.learnerId())) {
            lastLearner = users.computeIfAbsent(r.learnerId(), UserId::of);
        }
        if (lastActor == null || !lastActor.value().equals(r.actorId())) {
            lastActor = users.computeIfAbsent(r.actorId(), UserId::of);
        }
        return new Positioning(r.id(), lastLearner, code, level, source(r.source()), lastActor, r.at(),
                r.score(), r.comment());
    }
}
