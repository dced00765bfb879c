package org.lmskit.spi.recruitment;

import java.util.Objects;

/** A training the candidate is linked to, and how (interest, waiting, in training, job-seeking after). */
public record TrainingInterestRecord(String training, String link) {
    public TrainingInterestRecord {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(link, "link");
    }
}
