package org.lmskit.spi.certification;

import java.util.List;

/**
 * One published version of a path's final case study (seed 003: "les apprenants ayant déjà débuté leur cas
 * pratique conserveront celui qu'ils ont commencé"): its number, from 1, and its questions in order.
 */
public record CaseStudyVersionRecord(int version, List<CaseStudyQuestionRecord> questions) {
    public CaseStudyVersionRecord {
        if (version < 1) {
            throw new IllegalArgumentException("a case-study version is numbered from 1, not " + version);
        }
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("case-study version " + version + " has no question");
        }
    }
}
