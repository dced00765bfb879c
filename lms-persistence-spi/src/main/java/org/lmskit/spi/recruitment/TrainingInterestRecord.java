package org.lmskit.spi.recruitment;
import org.lmskit.spi.Required;


/** A training the candidate is linked to, and how (interest, waiting, in training, job-seeking after). */
public record TrainingInterestRecord(String training, String link) {
    public TrainingInterestRecord {
        Required.fields("training link", training, link);
    }
}
