package org.lmskit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AdaptiveViews;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.Enrolment;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.competency.Source;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Seed 000's adaptive course: a job with three competencies, a course whose lessons target them, a learner
 * evaluated on two; enrolling her completes those two lessons; she then does the third herself.
 */
public final class AdaptiveCourseExample {
    private AdaptiveCourseExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Actor andreu = Actor.of("andreu", Role.LEARNER);
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC)).build();

        Scale scale = lms.competencies().catalogue().scale(Scale.DEFAULT_ID);
        Map<CompetencyCode, String> competencies = Map.of(
                CompetencyCode.of("CGCR-01"), "Fiabiliser une carrière",
                CompetencyCode.of("CGCR-02"), "Produire une estimation fiable au client",
                CompetencyCode.of("COM-03"), "Envoyer les documents en ligne");
        competencies.forEach((code, title) -> lms.competencies().catalogue().defineCompetency(admin, new Catalogue.Competency(code,
                title, "", Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(scale), 0)));
        List<CompetencyCode> codes = List.of(CompetencyCode.of("CGCR-01"), CompetencyCode.of("CGCR-02"),
                CompetencyCode.of("COM-03"));
        lms.competencies().catalogue().defineProfile(admin, new Catalogue.Profile(ProfileId.of("ccr"), "Conseiller", codes, 0));
        JobId job = JobId.of("conseiller-carriere-retraite");
        lms.competencies().catalogue().defineJob(admin, new Catalogue.Job(job, "Conseiller Carrière Retraite",
                List.of(ProfileId.of("ccr")), Map.of(codes.get(0), LevelValue.of("3"), codes.get(1), LevelValue.of("3"),
                codes.get(2), LevelValue.of("3")), 0));

        for (CompetencyCode code : codes) {
            lms.adaptive().catalogue().defineLesson(admin, new Lesson(LessonId.of(code.value().toLowerCase(java.util.Locale.ROOT)),
                    competencies.get(code), LessonKind.E_LEARNING, Duration.ofHours(1), false,
                    List.of(Lesson.Target.atJobLevel(code)), 0));
        }
        CourseId course = CourseId.of("cours-adaptatif-ccr");
        lms.adaptive().catalogue().defineCourse(admin, new Course(course, "Cours adaptatif Conseiller Carrière Retraite",
                List.of(new Course.Section("Gérer le Client", codes.stream()
                        .map(c -> LessonId.of(c.value().toLowerCase(java.util.Locale.ROOT))).toList())), Set.of(), 0));

        lms.competencies().positionings().assignJob(admin, andreu.id(), job);
        lms.competencies().positionings().position(admin, andreu.id(), codes.get(0), Source.EVALUATION, Optional.empty(),
                Optional.of(new BigDecimal("55")), Optional.empty());
        lms.competencies().positionings().position(admin, andreu.id(), codes.get(2), Source.EVALUATION, Optional.empty(),
                Optional.of(new BigDecimal("85")), Optional.empty());

        Enrolment enrolment = lms.adaptive().enrolments().enrol(andreu, course, andreu.id(), EnrolmentType.FREE, Optional.empty());
        out.println("adapted: " + enrolment.adapted() + ", waived " + enrolment.waived().stream()
                .map(w -> w.lesson().value()).toList());
        print(out, lms.adaptive().progress().courseProgress(andreu, course, andreu.id()));

        lms.adaptive().attempts().recordAttempt(andreu, andreu.id(), LessonId.of("cgcr-02"), new AttemptReport(LessonStatus.PASSED,
                Optional.of(new BigDecimal("88")), Duration.ofMinutes(52)));
        print(out, lms.adaptive().progress().courseProgress(andreu, course, andreu.id()));
    }

    private static void print(PrintStream out, AdaptiveViews.CourseProgress progress) {
        out.println(progress.status() + " " + progress.percent() + " % in " + progress.timeSpent() + ": "
                + progress.sections().get(0).lessons().stream().map(l -> l.lesson().value() + "=" + l.status()
                + l.completedBy().map(by -> "/" + by).orElse("")).toList());
    }
}
