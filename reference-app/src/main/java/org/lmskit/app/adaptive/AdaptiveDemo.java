package org.lmskit.app.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.LearningPath;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.adaptive.TutorCorrection;
import org.lmskit.core.competency.Source;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Seed 000's "Cours adaptatif Conseiller Carrière Retraite" (its five lessons tied to the job's competencies)
 * with Andréu, who acquired three of them and is not enrolled yet; seed 001's "Cours 1 : L'avant-vente" with
 * its 21 tutored learners (AGASSE Sam at 83 % and 04:16:08, Demory Jerome at 33 % with a mission to correct,
 * three started at 0 %, sixteen not started); a path that adapts to both.
 */
public final class AdaptiveDemo {
    public static final CourseId ADAPTIVE_COURSE = CourseId.of("cours-adaptatif-ccr");
    public static final CourseId AVANT_VENTE = CourseId.of("cours-1-avant-vente");
    public static final PathId PATH = PathId.of("parcours-conseiller-commercial");
    public static final Actor ANDREU = Actor.of("andreu", Role.LEARNER);
    public static final Actor SAM = Actor.of("agasse-sam", Role.LEARNER);
    /** The tutored learners of "Cours 1 : L'avant-vente", by id, with the names the seed shows. */
    public static final Map<String, String> TUTORED = new LinkedHashMap<>();

    static {
        TUTORED.put("agasse-sam", "AGASSE Sam");
        TUTORED.put("amalric-pierre-henri", "Amalric Pierre Henri");
        TUTORED.put("basic-joelle", "Basic Joëlle");
        TUTORED.put("borrat-nicolas", "Borrat Nicolas");
        TUTORED.put("demory-jerome", "Demory Jerome");
        for (int i = 1; i <= 16; i++) {
            TUTORED.put(String.format("stagiaire-%02d", i), String.format("Stagiaire %02d", i));
        }
    }

    private static final LessonId ELEARNING = LessonId.of("c01-elearning");
    private static final LessonId FICHE = LessonId.of("c01-fiche-pratique");
    private static final LessonId QUIZ = LessonId.of("c01-quiz");
    private static final LessonId WEBINAR = LessonId.of("c01-webinaire");
    private static final LessonId MISSION = LessonId.of("c01-mission");
    private static final LessonId OBSERVATION = LessonId.of("c01-observation");

    private AdaptiveDemo() {
    }

    /** Loads once per storage. {@code tutor} tutors both courses; the job and its competencies already exist. */
    public static void load(Lms lms, Actor admin, Actor tutor, JobId job) {
        try {
            lms.adaptive().catalogue().course(AVANT_VENTE);
            return;
        } catch (NotFoundException absent) {
            // first start on this storage
        }
        List<LessonId> adaptive = List.of(
                lesson(lms, admin, "envoyer-documents", "Envoyer les documents en ligne, envoyer au client et recevoir"
                        + " l'information", LessonKind.E_LEARNING, "TEST-COM_006-CGCR-03"),
                lesson(lms, admin, "produire-estimation", "Produire une estimation fiable au client",
                        LessonKind.E_LEARNING, "TEST-ANE_002-CGCR-02"),
                lesson(lms, admin, "fiabiliser-carriere", "Fiabiliser une carrière", LessonKind.E_LEARNING,
                        "TEST-ANE_002-CGCR-01"),
                lesson(lms, admin, "traiter-analyser", "Traiter et analyser les données", LessonKind.E_LEARNING,
                        "TEST-ANE_002-CGCR-03", "TEST-ANE_002-CGCR-04"),
                lesson(lms, admin, "ecouter-client", "Ecouter et utiliser les faits énoncés par le client afin de lui"
                        + " apporter une solution adaptée", LessonKind.E_LEARNING, "TEST-COM_006-CGCR-01"));
        lms.adaptive().catalogue().defineCourse(admin, new Course(ADAPTIVE_COURSE, "Cours adaptatif Conseiller Carrière Retraite",
                List.of(new Course.Section("Gérer le Client", adaptive.subList(0, 4)),
                        new Course.Section("Traiter et analyser les données", adaptive.subList(4, 5))),
                Set.of(tutor.id()), 0));
        lms.competencies().positionings().assignJob(admin, ANDREU.id(), job);
        // evaluation scores on the 1-5 scale's even thresholds: 50 is level 3 (acquired), 30 level 2 (not)
        Map.of("TEST-ANE_002-CGCR-01", "50", "TEST-COM_006-CGCR-01", "50", "TEST-COM_006-CGCR-03", "50",
                "TEST-ANE_002-CGCR-02", "30").forEach((code, score) -> lms.competencies().positionings().position(admin, ANDREU.id(),
                CompetencyCode.of(code), Source.EVALUATION, Optional.empty(), Optional.of(new BigDecimal(score)),
                Optional.of("Evaluation de démonstration")));

        lesson(lms, admin, ELEARNING.value(), "E-Learning L'avant-vente, c'est quoi ?", LessonKind.E_LEARNING);
        lesson(lms, admin, FICHE.value(), "Fiche Pratique C01 Préparer sa vente : les points clés",
                LessonKind.PRACTICAL_SHEET);
        lesson(lms, admin, QUIZ.value(), "C01 Quiz L'avant-vente", LessonKind.QUIZ);
        lesson(lms, admin, WEBINAR.value(), "Webinaire Tout savoir pour préparer sa vente", LessonKind.WEBINAR);
        lesson(lms, admin, MISSION.value(), "Mission Préparer sa vente", LessonKind.MISSION);
        lesson(lms, admin, OBSERVATION.value(), "C01 Observation L'avant-vente commerciale", LessonKind.OBSERVATION);
        lms.adaptive().catalogue().defineCourse(admin, new Course(AVANT_VENTE, "Cours 1 : L'avant-vente", List.of(
                new Course.Section("C01_L'avant-vente commerciale", List.of(ELEARNING, FICHE, QUIZ, WEBINAR, MISSION,
                        OBSERVATION))), Set.of(tutor.id()), 0));
        int i = 0;
        for (String learner : TUTORED.keySet()) {
            lms.adaptive().enrolments().enrol(admin, AVANT_VENTE, UserId.of(learner), i++ % 7 == 6 ? EnrolmentType.FREE
                    : EnrolmentType.MANDATORY, Optional.empty());
        }
        attempt(lms, admin, "agasse-sam", ELEARNING, LessonStatus.IN_PROGRESS, null, 132);
        attempt(lms, admin, "agasse-sam", ELEARNING, LessonStatus.COMPLETED, null, 122);
        attempt(lms, admin, "agasse-sam", FICHE, LessonStatus.COMPLETED, "75", 80);
        attempt(lms, admin, "agasse-sam", QUIZ, LessonStatus.PASSED, "94", 74);
        attempt(lms, admin, "agasse-sam", WEBINAR, LessonStatus.COMPLETED, null, 7200);
        attempt(lms, admin, "agasse-sam", MISSION, LessonStatus.COMPLETED, null, 7200);
        lms.adaptive().tutoring().correct(tutor, AVANT_VENTE, SAM.id(), MISSION, new TutorCorrection(
                Optional.of(LessonStatus.PASSED), false, Optional.empty(), Optional.of(new BigDecimal("100")),
                Optional.empty()), 1);
        attempt(lms, admin, "agasse-sam", OBSERVATION, LessonStatus.FAILED, "50", 560);
        for (String started : List.of("amalric-pierre-henri", "basic-joelle", "borrat-nicolas")) {
            attempt(lms, admin, started, ELEARNING, LessonStatus.IN_PROGRESS, null, 0);
        }
        attempt(lms, admin, "demory-jerome", ELEARNING, LessonStatus.COMPLETED, null, 600);
        attempt(lms, admin, "demory-jerome", FICHE, LessonStatus.COMPLETED, null, 155);
        attempt(lms, admin, "demory-jerome", MISSION, LessonStatus.COMPLETED, null, 60);

        lms.adaptive().catalogue().definePath(admin, new LearningPath(PATH, "Parcours Conseiller Commercial", List.of(
                new LearningPath.Theme(ThemeId.of("avant-vente"), "L'avant-vente", false, List.of(
                        new LearningPath.Module(ModuleId.of("preparer"), "Préparer sa vente",
                                List.of(ELEARNING, FICHE, QUIZ)))),
                new LearningPath.Theme(ThemeId.of("relation-client"), "La relation client", true, List.of(
                        new LearningPath.Module(ModuleId.of("ecouter"), "Ecouter le client", adaptive.subList(4, 5)),
                        new LearningPath.Module(ModuleId.of("pratiquer"), "Mettre en pratique",
                                List.of(WEBINAR, MISSION))))),
                true, List.of(new LearningPath.Workshop(WorkshopId.of("atelier-preparer-sa-vente"),
                "Atelier : préparer sa vente", Set.of(ModuleId.of("preparer"))),
                new LearningPath.Workshop(WorkshopId.of("atelier-relation-client"), "Atelier : la relation client",
                        Set.of(ModuleId.of("ecouter"), ModuleId.of("pratiquer")))), 0));
    }

    private static LessonId lesson(Lms lms, Actor admin, String id, String title, LessonKind kind, String... targets) {
        return lms.adaptive().catalogue().defineLesson(admin, new Lesson(LessonId.of(id), title, kind, Duration.ofHours(1), false,
                java.util.Arrays.stream(targets).map(c -> Lesson.Target.atJobLevel(CompetencyCode.of(c))).toList(), 0))
                .id();
    }

    private static void attempt(Lms lms, Actor admin, String learner, LessonId lesson, LessonStatus status,
                                String score, long seconds) {
        lms.adaptive().attempts().recordAttempt(admin, UserId.of(learner), lesson, new AttemptReport(status,
                Optional.ofNullable(score).map(BigDecimal::new), Duration.ofSeconds(seconds)));
    }
}
