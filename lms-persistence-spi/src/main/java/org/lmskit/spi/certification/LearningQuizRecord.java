package org.lmskit.spi.certification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A learning quiz delivered to a learner: its rank (1, 2, ...) and its questions. */
public record LearningQuizRecord(String learnerId, int sequence, List<String> questionIds, Instant deliveredAt) {
    public LearningQuizRecord {
        Objects.requireNonNull(learnerId, "learnerId");
        questionIds = List.copyOf(questionIds);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
