package org.lmskit.tck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AskedQuestionRecord;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.QuestionRecord;

/** Records of the certification stores, built from the seed's "Recrutement et sourcing" path. */
final class CertificationFixtures {
    static final String PATH = "recrutement-et-sourcing";

    private CertificationFixtures() {
    }

    static CertificationPathRecord path(String id) {
        return new CertificationPathRecord(id, true, Set.of("culture-generale", "sourcing"), 3,
                List.of(new CaseStudyVersionRecord(1, List.of(
                        new CaseStudyQuestionRecord("q1", "Rédigez l'annonce", new BigDecimal("5")),
                        new CaseStudyQuestionRecord("q2", "Choisissez vos canaux de sourcing", new BigDecimal("2.5"))))),
                0);
    }

    static AchievementRecord achievement(String learner, String path) {
        return new AchievementRecord(learner, path, Set.of("sourcing"), Map.of(
                "atelier-1", Set.of("INTRODUCTION_VIDEO_WATCHED", "INTRODUCTION_QUESTION_ANSWERED"),
                "atelier-2", Set.of("INTRODUCTION_VIDEO_WATCHED", "INTRODUCTION_QUESTION_ANSWERED", "MAIN_VIDEO_WATCHED",
                        "MAIN_QUESTIONS_ANSWERED", "CORRECTIONS_DONE", "CONCLUSION_VIDEO_WATCHED")), 0);
    }

    static CaseStudyAttemptRecord caseStudy(String learner, String path, String status, Instant startedAt,
                                            Optional<Instant> submittedAt) {
        return new CaseStudyAttemptRecord(learner, path, 1, status, Map.of("q1", "Mon annonce", "q2", "LinkedIn"),
                Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, startedAt,
                submittedAt, Optional.empty(), 0);
    }

    static CaseStudyAttemptRecord corrected(String learner, String path, Instant at) {
        return new CaseStudyAttemptRecord(learner, path, 2, "CORRECTED", Map.of("q1", "Mon annonce"),
                Map.of("q1", new BigDecimal("4.5"), "q2", new BigDecimal("0")), Optional.of(new BigDecimal("11.00")),
                Optional.of("NONE"), Optional.of("care-team"), Optional.of("Annonce claire, canaux absents"), true, at,
                Optional.of(at.plusSeconds(60)), Optional.of(at.plusSeconds(120)), 0);
    }

    static QuestionRecord question(String id, String theme, int difficulty, String lesson) {
        return new QuestionRecord(id, theme, difficulty, Optional.ofNullable(lesson), "Question " + id,
                List.of("a", "b", "c"), difficulty % 3);
    }

    static ProgramQuizAttemptRecord quizAttempt(String id, String learner, String theme, Instant startedAt) {
        return new ProgramQuizAttemptRecord(id, learner, PATH, theme, 42L, "LEVEL_LADDER", "IN_PROGRESS",
                List.of(new AskedQuestionRecord("q-1", 1, Optional.of(true)),
                        new AskedQuestionRecord("q-7", 2, Optional.of(false)),
                        new AskedQuestionRecord("q-3", 2, Optional.empty())),
                Optional.empty(), 1, false, startedAt, Optional.empty(), 0);
    }

    static CertificateRecord certificate(String id, String learner, String path, Instant at) {
        return new CertificateRecord(id, learner, path, "SILVER", new BigDecimal("15.50"), at, Optional.empty(),
                Optional.empty(), 0);
    }
}
