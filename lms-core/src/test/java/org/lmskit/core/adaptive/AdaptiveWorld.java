package org.lmskit.core.adaptive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.competency.Source;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Seed 000's job "Conseiller Carrière Retraite" and its adaptive course; seed 001's "Cours 1 : L'avant-vente"
 * with its six lessons; Andréu, who acquired three of the course's competencies; a clock the test moves.
 */
final class AdaptiveWorld {
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    static final Actor OTHER_TUTOR = Actor.of("tina", Role.TUTOR);
    static final Actor ANDREU = Actor.of("andreu", Role.LEARNER);
    static final Actor SAM = Actor.of("agasse-sam", Role.LEARNER);
    static final Actor JEROME = Actor.of("demory-jerome", Role.LEARNER);
    static final JobId CCR = JobId.of("conseiller-carriere-retraite");
    static final CompetencyCode FIABILISER = CompetencyCode.of("TEST-ANE_002-CGCR-01");
    static final CompetencyCode ESTIMATION = CompetencyCode.of("TEST-ANE_002-CGCR-02");
    static final CompetencyCode LEVEE = CompetencyCode.of("TEST-ANE_002-CGCR-03");
    static final CompetencyCode PILOTAGE = CompetencyCode.of("TEST-ANE_002-CGCR-04");
    static final CompetencyCode ECOUTER = CompetencyCode.of("TEST-COM_006-CGCR-01");
    static final CompetencyCode ENVOYER = CompetencyCode.of("TEST-COM_006-CGCR-03");
    static final CompetencyCode ORGANISER = CompetencyCode.of("09.S-ORGANISER");
    static final CourseId ADAPTIVE = CourseId.of("cours-adaptatif-ccr");
    static final CourseId AVANT_VENTE = CourseId.of("cours-1-avant-vente");
    static final LessonId L_ENVOYER = LessonId.of("envoyer-documents");
    static final LessonId L_ESTIMATION = LessonId.of("produire-estimation");
    static final LessonId L_FIABILISER = LessonId.of("fiabiliser-carriere");
    static final LessonId L_TRAITER = LessonId.of("traiter-analyser");
    static final LessonId L_ECOUTER = LessonId.of("ecouter-client");
    static final LessonId E_LEARNING = LessonId.of("c01-elearning");
    static final LessonId FICHE = LessonId.of("c01-fiche-pratique");
    static final LessonId QUIZ = LessonId.of("c01-quiz");
    static final LessonId WEBINAR = LessonId.of("c01-webinaire");
    static final LessonId MISSION = LessonId.of("c01-mission");
    static final LessonId OBSERVATION = LessonId.of("c01-observation");
    static final Instant START = Instant.parse("2024-01-07T18:36:00Z");

    final MovableClock clock = new MovableClock(START);
    final InMemoryStorage storage = InMemoryStorage.create();
    final List<LmsEvent> events = new CopyOnWriteArrayList<>();
    final Set<String> passedQuizzes = new HashSet<>();
    final Lms lms;
    final AdaptiveCapability adaptive;

    AdaptiveWorld() {
        this(AdaptiveSettings.ofDefaults());
    }

    AdaptiveWorld(AdaptiveSettings settings) {
        lms = Lms.builder().storage(storage).clock(clock).eventPublisher(events::add).adaptiveSettings(settings)
                .programQuizOutcomes((learner, theme) -> passedQuizzes.contains(learner.value() + "/" + theme.value()))
                .directory(new Directory() {
                    @Override
                    public Set<UserId> managersOf(UserId learner) {
                        return Set.of(MANAGER.id());
                    }

                    @Override
                    public String displayName(UserId user) {
                        return Map.of("agasse-sam", "AGASSE Sam", "demory-jerome", "Demory Jerome")
                                .getOrDefault(user.value(), user.value());
                    }
                }).build();
        adaptive = lms.adaptive();
        defineJob();
        defineCourses();
    }

    private void defineJob() {
        Scale scale = lms.competencies().catalogue().scale(Scale.DEFAULT_ID);
        Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
        for (CompetencyCode code : List.of(FIABILISER, ESTIMATION, LEVEE, PILOTAGE, ECOUTER, ENVOYER, ORGANISER)) {
            lms.competencies().catalogue().defineCompetency(ADMIN, new Catalogue.Competency(code, code.value(), "", Scale.DEFAULT_ID,
                    ScoreThresholds.evenlyOver(scale), 0));
            if (!code.equals(ORGANISER)) {
                requirements.put(code, LevelValue.of(code.equals(PILOTAGE) ? "4" : "3"));
            }
        }
        ProfileId profile = ProfileId.of("ccr");
        lms.competencies().catalogue().defineProfile(ADMIN, new Catalogue.Profile(profile, "Conseiller",
                new ArrayList<>(requirements.keySet()), 0));
        lms.competencies().catalogue().defineJob(ADMIN, new Catalogue.Job(CCR, "Conseiller Carrière Retraite", List.of(profile),
                requirements, 0));
    }

    private void defineCourses() {
        lesson(L_ENVOYER, "Envoyer les documents en ligne, envoyer au client et recevoir l'information",
                LessonKind.E_LEARNING, false, ENVOYER);
        lesson(L_ESTIMATION, "Produire une estimation fiable au client", LessonKind.E_LEARNING, false, ESTIMATION);
        lesson(L_FIABILISER, "Fiabiliser une carrière", LessonKind.E_LEARNING, false, FIABILISER);
        lesson(L_TRAITER, "Traiter et analyser les données", LessonKind.E_LEARNING, false, LEVEE, PILOTAGE);
        lesson(L_ECOUTER, "Ecouter et utiliser les faits énoncés par le client afin de lui apporter une solution adaptée",
                LessonKind.E_LEARNING, false, ECOUTER);
        adaptive.catalogue().defineCourse(ADMIN, new Course(ADAPTIVE, "Cours adaptatif Conseiller Carrière Retraite", List.of(
                new Course.Section("Gérer le Client", List.of(L_ENVOYER, L_ESTIMATION, L_FIABILISER, L_TRAITER)),
                new Course.Section("Traiter et analyser les données", List.of(L_ECOUTER))), Set.of(TUTOR.id()), 0));

        lesson(E_LEARNING, "E-Learning L'avant-vente, c'est quoi ?", LessonKind.E_LEARNING, false);
        lesson(FICHE, "Fiche Pratique C01 Préparer sa vente : les points clés", LessonKind.PRACTICAL_SHEET, false);
        lesson(QUIZ, "C01 Quiz L'avant-vente", LessonKind.QUIZ, false);
        lesson(WEBINAR, "Webinaire Tout savoir pour préparer sa vente", LessonKind.WEBINAR, false);
        lesson(MISSION, "Mission Préparer sa vente", LessonKind.MISSION, false);
        lesson(OBSERVATION, "C01 Observation L'avant-vente commerciale", LessonKind.OBSERVATION, false);
        adaptive.catalogue().defineCourse(ADMIN, new Course(AVANT_VENTE, "Cours 1 : L'avant-vente", List.of(
                new Course.Section("C01_L'avant-vente commerciale", List.of(E_LEARNING, FICHE, QUIZ, WEBINAR, MISSION,
                        OBSERVATION))), Set.of(TUTOR.id()), 0));
    }

    Lesson lesson(LessonId id, String title, LessonKind kind, boolean optional, CompetencyCode... targets) {
        return adaptive.catalogue().defineLesson(ADMIN, new Lesson(id, title, kind, Duration.ofHours(1), optional,
                java.util.Arrays.stream(targets).map(Lesson.Target::atJobLevel).toList(), 0));
    }

    /** Assigns the job and positions the learner (by their manager) at these levels. */
    void acquired(Actor learner, Map<CompetencyCode, String> levels) {
        lms.competencies().positionings().assignJob(ADMIN, learner.id(), CCR);
        levels.forEach((code, level) -> lms.competencies().positionings().position(MANAGER, learner.id(), code, Source.MANAGER,
                Optional.of(LevelValue.of(level)), Optional.empty(), Optional.empty()));
    }

    /** Seed 000's screen: Fiabiliser, Ecouter and Envoyer acquired at 3; the estimation only at 2. */
    void andreuAsInTheSeed() {
        acquired(ANDREU, Map.of(FIABILISER, "3", ECOUTER, "3", ENVOYER, "3", ESTIMATION, "2"));
    }

    void quizPassed(Actor learner, ThemeId theme) {
        passedQuizzes.add(learner.id().value() + "/" + theme.value());
    }

    LessonProgress attempt(Actor learner, LessonId lesson, LessonStatus status, String score, Duration time) {
        return adaptive.attempts().recordAttempt(learner, learner.id(), lesson, new AttemptReport(status,
                Optional.ofNullable(score).map(java.math.BigDecimal::new), time));
    }
}
