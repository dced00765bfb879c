package org.lmskit.spi.certification;

import java.time.Instant;
import java.util.List;
import org.lmskit.spi.Required;

/** A learning quiz delivered to a learner: its rank (1, 2, ...) and its questions. */
public record LearningQuizRecord(String learnerId, int sequence, List<String> questionIds, Instant deliveredAt) {
    public LearningQuizRecord {
        Required.fields("learnerId deliveredAt", learnerId, deliveredAt);
        questionIds = List.copyOf(questionIds);
    }
}
