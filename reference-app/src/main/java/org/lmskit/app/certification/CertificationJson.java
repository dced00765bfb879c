package org.lmskit.app.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lmskit.core.certification.Achievements;
import org.lmskit.core.certification.AskedQuestion;
import org.lmskit.core.certification.CaseStudyAttempt;
import org.lmskit.core.certification.CaseStudyVersion;
import org.lmskit.core.certification.Certificate;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.certification.Eligibility;
import org.lmskit.core.certification.WorkshopProgress;
import org.lmskit.core.certification.WorkshopStep;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.certification.LearningQuiz;
import org.lmskit.core.certification.ProgramQuizAttempt;
import org.lmskit.core.certification.ProgramQuizResult;
import org.lmskit.core.certification.QuizAvailability;
import org.lmskit.core.certification.QuizQuestion;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.policy.Decision;

/** The JSON shapes of the certification resources: plain values, no library types. */
final class CertificationJson {
    private CertificationJson() {
    }

    record QuestionJson(String id, String prompt, BigDecimal maxPoints) {
    }

    /** @param caseStudyVersion the version of the case study learners start now; null when the path does not certify */
    record SetupJson(String pathId, boolean certifying, List<String> mandatoryThemes, int requiredWorkshops,
                     List<QuestionJson> caseStudy, Integer caseStudyVersion, long version) {
        static SetupJson of(CertificationPathSetup s, java.util.Optional<CaseStudyVersion> current) {
            return new SetupJson(s.pathId().value(), s.certifying(),
                    s.mandatoryThemes().stream().map(ThemeId::value).sorted().toList(), s.requiredWorkshops(),
                    questionsOf(s.caseStudy()), current.map(CaseStudyVersion::version).orElse(null), s.version());
        }
    }

    static List<QuestionJson> questionsOf(List<org.lmskit.core.certification.CaseStudyQuestion> questions) {
        return questions.stream().map(q -> new QuestionJson(q.id().value(), q.prompt(), q.maxPoints())).toList();
    }

    /** One version of a path's case study (seed 003: a learner keeps the one she started). */
    record CaseStudyVersionJson(String pathId, int caseStudyVersion, List<QuestionJson> questions) {
        static CaseStudyVersionJson of(CaseStudyVersion v) {
            return new CaseStudyVersionJson(v.pathId().value(), v.version(), questionsOf(v.questions()));
        }
    }

    /** @param workshops the complete ones (100 %); {@code workshopSteps} has every workshop started, with its steps */
    record AchievementsJson(String learner, String pathId, List<String> badges, List<String> workshops,
                            Map<String, List<String>> workshopSteps, long version) {
        static AchievementsJson of(Achievements a) {
            Map<String, List<String>> steps = new TreeMap<>();
            a.workshopSteps().forEach((w, done) -> steps.put(w.value(), done.stream().map(Enum::name).toList()));
            return new AchievementsJson(a.learner().value(), a.pathId().value(),
                    a.badges().stream().map(ThemeId::value).sorted().toList(),
                    a.completeWorkshops().stream().map(WorkshopId::value).sorted().toList(), steps, a.version());
        }
    }

    /** A workshop's progress (seed 003): steps done, percentage, complete at 100 %, the next step. */
    record WorkshopProgressJson(String workshop, int percent, boolean complete, List<String> steps, String next,
                                String nextLabel) {
        static WorkshopProgressJson of(WorkshopProgress p) {
            return new WorkshopProgressJson(p.workshop().value(), p.percent(), p.complete(),
                    p.steps().stream().map(Enum::name).toList(), p.next().map(Enum::name).orElse(null),
                    p.next().map(WorkshopStep::label).orElse(null));
        }
    }

    /** A row of the workshop progress table: the step, the seed's wording, what it is worth. */
    record WorkshopStepJson(String step, String label, int percent) {
    }

    /** @param workshops every workshop started with its percentage; only complete ones count in workshopsDone */
    record EligibilityJson(String learner, String pathId, boolean eligible, boolean certifying,
                           List<String> missingBadges, int workshopsDone, int workshopsRequired, int missingWorkshops,
                           List<WorkshopProgressJson> workshops, String reason) {
        static EligibilityJson of(Eligibility e) {
            return new EligibilityJson(e.learner().value(), e.pathId().value(), e.eligible(), e.certifying(),
                    e.missingBadges().stream().map(ThemeId::value).toList(), e.workshopsDone(), e.workshopsRequired(),
                    e.missingWorkshops(), e.workshops().stream().map(WorkshopProgressJson::of).toList(), e.reason());
        }
    }

    record CaseStudyJson(String learner, String pathId, int caseStudyVersion, String status, Map<String, String> answers,
                         Map<String, BigDecimal> points, BigDecimal grade, String level, String corrector, String comment,
                         boolean reviewRequested, Instant startedAt, Instant submittedAt, Instant correctedAt,
                         long version) {
        static CaseStudyJson of(CaseStudyAttempt a) {
            Map<String, String> answers = new TreeMap<>();
            a.answers().forEach((k, v) -> answers.put(k.value(), v));
            Map<String, BigDecimal> points = new TreeMap<>();
            a.points().forEach((k, v) -> points.put(k.value(), v));
            return new CaseStudyJson(a.learner().value(), a.pathId().value(), a.caseStudyVersion(), a.status().name(),
                    answers, points,
                    a.grade().map(Grade::value).orElse(null), a.level().map(Enum::name).orElse(null),
                    a.corrector().map(Object::toString).orElse(null), a.comment().orElse(null), a.reviewRequested(),
                    a.startedAt(), a.submittedAt().orElse(null), a.correctedAt().orElse(null), a.version());
        }
    }

    record QuizQuestionJson(String id, int difficulty, String prompt, List<String> choices) {
        static QuizQuestionJson of(QuizQuestion q) {
            return new QuizQuestionJson(q.id().value(), q.difficulty(), q.prompt(), q.choices());
        }
    }

    record AskedJson(String questionId, int difficulty, Boolean correct) {
        static AskedJson of(AskedQuestion a) {
            return new AskedJson(a.id().value(), a.difficulty(), a.correct().orElse(null));
        }
    }

    record AttemptJson(String id, String learner, String pathId, String theme, long seed, String policy,
                       boolean finished, List<AskedJson> asked, BigDecimal score, int highestLevelPassed,
                       boolean passed, Instant startedAt, Instant finishedAt) {
        static AttemptJson of(ProgramQuizAttempt a) {
            return new AttemptJson(a.id().value(), a.learner().value(), a.pathId().value(), a.theme().value(), a.seed(),
                    a.policy(), a.finished(), a.asked().stream().map(AskedJson::of).toList(),
                    a.score().map(Grade::value).orElse(null), a.highestLevelPassed(), a.passed(), a.startedAt(),
                    a.finishedAt().orElse(null));
        }
    }

    record ResultJson(String learner, String theme, int finishedAttempts, BigDecimal bestScore, boolean passed,
                      boolean mayRetake, String retakeRefusal) {
        static ResultJson of(ProgramQuizResult r) {
            return new ResultJson(r.learner().value(), r.theme().value(), r.finishedAttempts(),
                    r.bestScore().map(Grade::value).orElse(null), r.passed(), r.retake().isAllowed(),
                    r.retake() instanceof Decision.Rejected rejected ? rejected.rule() : null);
        }
    }

    record AvailabilityJson(String theme, boolean available, Map<Integer, Integer> questionsPerLevel,
                            int neededPerLevel, List<Integer> lackingLevels) {
        static AvailabilityJson of(QuizAvailability a) {
            return new AvailabilityJson(a.theme().value(), a.available(), new TreeMap<>(a.questionsPerLevel()),
                    a.neededPerLevel(), a.lackingLevels());
        }
    }

    record LearningQuizJson(String learner, int sequence, List<QuizQuestionJson> questions, Instant deliveredAt) {
        static LearningQuizJson of(LearningQuiz q) {
            return new LearningQuizJson(q.learner().value(), q.sequence(),
                    q.questions().stream().map(QuizQuestionJson::of).toList(), q.deliveredAt());
        }
    }

    record CertificateJson(String id, String learner, String pathId, String level, BigDecimal grade, Instant issuedAt,
                           Instant regeneratedAt, Instant revokedAt, boolean revoked, long version) {
        static CertificateJson of(Certificate c) {
            return new CertificateJson(c.id().value(), c.learner().value(), c.pathId().value(), c.level().name(),
                    c.grade().value(), c.issuedAt(), c.regeneratedAt().orElse(null), c.revokedAt().orElse(null),
                    c.revoked(), c.version());
        }
    }
}
