package org.lmskit.core.certification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.QuizAttemptId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AskedQuestionRecord;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.QuestionRecord;

/** Converts between the SPI's stored records and the capability's domain types. */
final class CertificationRecords {
    static final String FINISHED = "FINISHED";
    static final String IN_PROGRESS = "IN_PROGRESS";

    private CertificationRecords() {
    }

    /** The set-up as a host sees it: the current case study is the newest version, if the path certifies. */
    static CertificationPathSetup setup(CertificationPathRecord r) {
        return new CertificationPathSetup(PathId.of(r.pathId()), r.certifying(),
                r.mandatoryThemeIds().stream().map(ThemeId::of).collect(Collectors.toSet()), r.requiredWorkshops(),
                r.currentCaseStudy().map(v -> questions(v.questions())).orElse(List.of()), r.version());
    }

    static CaseStudyVersion caseStudy(String pathId, CaseStudyVersionRecord r) {
        return new CaseStudyVersion(PathId.of(pathId), r.version(), questions(r.questions()));
    }

    private static List<CaseStudyQuestion> questions(List<CaseStudyQuestionRecord> stored) {
        return stored.stream()
                .map(q -> new CaseStudyQuestion(QuestionId.of(q.questionId()), q.prompt(), q.maxPoints())).toList();
    }

    /** {@code s} stored with {@code caseStudies}, every version kept (see {@code CertificationService}). */
    static CertificationPathRecord record(CertificationPathSetup s, List<CaseStudyVersionRecord> caseStudies) {
        return new CertificationPathRecord(s.pathId().value(), s.certifying(),
                s.mandatoryThemes().stream().map(ThemeId::value).collect(Collectors.toSet()), s.requiredWorkshops(),
                caseStudies, s.version());
    }

    static List<CaseStudyQuestionRecord> records(List<CaseStudyQuestion> questions) {
        return questions.stream().map(q -> new CaseStudyQuestionRecord(q.id().value(), q.prompt(), q.maxPoints()))
                .toList();
    }

    static Achievements achievements(AchievementRecord r) {
        return new Achievements(UserId.of(r.learnerId()), PathId.of(r.pathId()),
                r.badgeThemeIds().stream().map(ThemeId::of).collect(Collectors.toSet()),
                workshopSteps(r.workshopSteps()), r.version());
    }

    static AchievementRecord record(Achievements a) {
        return new AchievementRecord(a.learner().value(), a.pathId().value(),
                a.badges().stream().map(ThemeId::value).collect(Collectors.toSet()),
                stepCodes(a.workshopSteps()), a.version());
    }

    private static Map<WorkshopId, Set<WorkshopStep>> workshopSteps(Map<String, Set<String>> stored) {
        Map<WorkshopId, Set<WorkshopStep>> steps = new java.util.HashMap<>();
        stored.forEach((workshop, codes) ->
                steps.put(WorkshopId.of(workshop), Achievements.ofMask(Achievements.maskOfCodes(codes))));
        return steps;
    }

    private static Map<String, Set<String>> stepCodes(Map<WorkshopId, Set<WorkshopStep>> steps) {
        Map<String, Set<String>> codes = new java.util.HashMap<>();
        steps.forEach((workshop, done) -> codes.put(workshop.value(),
                done.stream().map(WorkshopStep::name).collect(Collectors.toSet())));
        return codes;
    }

    static CaseStudyAttempt caseStudy(CaseStudyAttemptRecord r) {
        return new CaseStudyAttempt(UserId.of(r.learnerId()), PathId.of(r.pathId()), r.caseStudyVersion(),
                CaseStudyStatus.valueOf(r.status()),
                keys(r.answers(), QuestionId::of), keys(r.points(), QuestionId::of), r.grade().map(Grade::of),
                r.level().map(CertificationLevel::valueOf), r.correctorId().map(UserId::of), r.comment(),
                r.reviewRequested(), r.startedAt(), r.submittedAt(), r.correctedAt(), r.version());
    }

    static CaseStudyAttemptRecord record(CaseStudyAttempt a) {
        return new CaseStudyAttemptRecord(a.learner().value(), a.pathId().value(), a.caseStudyVersion(),
                a.status().name(),
                keys(a.answers(), QuestionId::value), keys(a.points(), QuestionId::value),
                a.grade().map(Grade::value), a.level().map(Enum::name), a.corrector().map(UserId::value), a.comment(),
                a.reviewRequested(), a.startedAt(), a.submittedAt(), a.correctedAt(), a.version());
    }

    static Question question(QuestionRecord r) {
        return new Question(QuestionId.of(r.questionId()), ThemeId.of(r.themeId()), r.difficulty(),
                r.lessonId().map(LessonId::of), r.prompt(), r.choices(), r.correctChoice());
    }

    static QuestionRecord record(Question q) {
        return new QuestionRecord(q.id().value(), q.theme().value(), q.difficulty(), q.lesson().map(LessonId::value),
                q.prompt(), q.choices(), q.correctChoice());
    }

    static ProgramQuizAttempt attempt(ProgramQuizAttemptRecord r) {
        return new ProgramQuizAttempt(QuizAttemptId.of(r.attemptId()), UserId.of(r.learnerId()), PathId.of(r.pathId()),
                ThemeId.of(r.themeId()), r.seed(), r.policy(), FINISHED.equals(r.status()),
                r.asked().stream().map(q -> new AskedQuestion(QuestionId.of(q.questionId()), q.difficulty(), q.correct()))
                        .toList(),
                r.score().map(Grade::of), r.highestLevelPassed(), r.passed(), r.startedAt(), r.finishedAt(), r.version());
    }

    static ProgramQuizAttemptRecord record(ProgramQuizAttempt a) {
        return new ProgramQuizAttemptRecord(a.id().value(), a.learner().value(), a.pathId().value(), a.theme().value(),
                a.seed(), a.policy(), a.finished() ? FINISHED : IN_PROGRESS,
                a.asked().stream().map(q -> new AskedQuestionRecord(q.id().value(), q.difficulty(), q.correct())).toList(),
                a.score().map(Grade::value), a.highestLevelPassed(), a.passed(), a.startedAt(), a.finishedAt(),
                a.version());
    }

    static Certificate certificate(CertificateRecord r) {
        return new Certificate(CertificateId.of(r.certificateId()), UserId.of(r.learnerId()), PathId.of(r.pathId()),
                CertificationLevel.valueOf(r.level()), Grade.of(r.grade()), r.issuedAt(), r.regeneratedAt(),
                r.revokedAt(), r.version());
    }

    static CertificateRecord record(Certificate c) {
        return new CertificateRecord(c.id().value(), c.learner().value(), c.pathId().value(), c.level().name(),
                c.grade().value(), c.issuedAt(), c.regeneratedAt(), c.revokedAt(), c.version());
    }

    private static <K, L, V> Map<L, V> keys(Map<K, V> map, Function<K, L> key) {
        Map<L, V> converted = new LinkedHashMap<>();
        map.forEach((k, v) -> converted.put(key.apply(k), v));
        return converted;
    }
}
