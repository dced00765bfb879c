package org.lmskit.app;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lmskit.app.adaptive.AdaptiveDemo;
import org.lmskit.app.recruitment.RecruitmentDemo;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.imscase.CaseJson;
import org.lmskit.spi.StorageProvider;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.certification.WorkshopStep;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.certification.Question;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's users and data. Tokens are fixed and documented in the README; a real host resolves
 * identities its own way. Loading is idempotent, so durable storage can be restarted.
 */
public final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);
    public static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    public static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    /** Eligible, case study submitted and waiting for a corrector. */
    public static final Actor LEARNER = Actor.of("alice", Role.LEARNER);
    /** Two badges and one workshop short of the case study. */
    public static final Actor BOB = Actor.of("bob", Role.LEARNER);
    /** Corrected at 11/20: may ask for a review. */
    public static final Actor CHLOE = Actor.of("chloe", Role.LEARNER);
    /** Certified gold. */
    public static final Actor DAVID = Actor.of("david", Role.LEARNER);
    /** Manages every session of Manpower. */
    public static final Actor PILOT = Actor.of("paula", Role.PILOT);
    public static final CompanyId MANPOWER = CompanyId.of("manpower");
    public static final SessionId LICENCE_SESSION = SessionId.of("manpower-paris-licences");
    public static final SessionId SLOT_SESSION = SessionId.of("manpower-lyon-slots");
    /** Another company, to show that Manpower's people see nothing of it. */
    public static final CompanyId ADECCO = CompanyId.of("adecco");
    /** Manages Adecco's sessions. */
    public static final Actor ADECCO_PILOT = Actor.of("olga", Role.PILOT);
    public static final SessionId ADECCO_SESSION = SessionId.of("adecco-lille-slots");

    public static final Actor DDFPT = Actor.of("ddfpt", Role.DDFPT);
    /** The DDFPT of the neighbouring establishment: seed 002 lets only the learner's own unlock a review. */
    public static final Actor OTHER_DDFPT = Actor.of("ddfpt-voisin", Role.DDFPT);
    /** The establishment of Manon's team of seed 000 and of their DDFPT. */
    public static final CompanyId ESTABLISHMENT = CompanyId.of("lycee-des-metiers");
    /** Seed 000's collaborators ("Suivi des collaborateurs"), managed by Manon. */
    public static final Map<String, String> COLLABORATORS = new java.util.LinkedHashMap<>();
    public static final JobId CCR = JobId.of("conseiller-carriere-retraite");

    static {
        COLLABORATORS.put("medine-france", "Medine France");
        COLLABORATORS.put("ali-gator", "Ali Gator");
        COLLABORATORS.put("anna-grame", "Anna Grame");
        COLLABORATORS.put("robert-redford", "Robert Redford");
        COLLABORATORS.put("jean-saisrien", "Jean Saisrien");
        COLLABORATORS.put("adele-scott", "Adele Scott");
        COLLABORATORS.put("dino-zore", "Dino Zore");
    }

    public static final Actor ROBERT = Actor.of("robert-redford", Role.LEARNER);

    /** Bearer token -> demo user. */
    public static final Map<String, Actor> TOKENS = Map.ofEntries(
            Map.entry("demo-admin", ADMIN),
            Map.entry("demo-corrector", CORRECTOR),
            Map.entry("demo-tutor", TUTOR),
            Map.entry("demo-manager", MANAGER),
            Map.entry("demo-learner", LEARNER),
            Map.entry("demo-bob", BOB),
            Map.entry("demo-chloe", CHLOE),
            Map.entry("demo-david", DAVID),
            Map.entry("demo-pilot", PILOT),
            Map.entry("demo-pilot-adecco", ADECCO_PILOT),
            Map.entry("demo-robert", ROBERT),
            Map.entry("demo-ddfpt", DDFPT),
            Map.entry("demo-ddfpt-voisin", OTHER_DDFPT),
            Map.entry("demo-andreu", AdaptiveDemo.ANDREU),
            Map.entry("demo-sam", AdaptiveDemo.SAM),
            Map.entry("demo-recruiter", RecruitmentDemo.CAMILLE),
            Map.entry("demo-luc", RecruitmentDemo.LUC),
            Map.entry("demo-recruiter-sogeti", RecruitmentDemo.OLIVIER));

    /** Manon manages every demo learner. */
    public static final Map<UserId, Set<UserId>> MANAGERS = Map.of(
            LEARNER.id(), Set.of(MANAGER.id()), BOB.id(), Set.of(MANAGER.id()),
            CHLOE.id(), Set.of(MANAGER.id()), DAVID.id(), Set.of(MANAGER.id()));

    /** Seed 003's certifying path and its seven themes. */
    public static final PathId RECRUTEMENT_ET_SOURCING = PathId.of("recrutement-et-sourcing");
    public static final List<ThemeId> THEMES = List.of(
            ThemeId.of("culture-generale-du-recrutement"), ThemeId.of("l-art-de-l-ecriture"),
            ThemeId.of("imprenable-sur-le-sourcing"), ThemeId.of("sciences-humaines-marketing-et-vente"),
            ThemeId.of("les-bonnes-pratiques-de-l-entretien"), ThemeId.of("avoir-le-bon-etat-d-esprit"),
            ThemeId.of("piloter-un-recrutement-seul-ou-en-equipe"));
    public static final ThemeId SOURCING = THEMES.get(2);
    /** A path with stricter cut-offs, to show a per-path table. */
    public static final PathId EXPERT_PATH = PathId.of("sourcing-expert");

    private DemoData() {
    }

    /** The demo's directory and notifier: managers from {@link #MANAGERS}, notifications written to the log. */
    public static Lms.Builder wire(Lms.Builder builder) {
        return builder
                .directory(new Directory() {
                    @Override
                    public Set<UserId> managersOf(UserId learner) {
                        return COLLABORATORS.containsKey(learner.value()) ? Set.of(MANAGER.id())
                                : MANAGERS.getOrDefault(learner, Set.of());
                    }

                    @Override
                    public Set<UserId> teamOf(UserId manager) {
                        return manager.equals(MANAGER.id())
                                ? COLLABORATORS.keySet().stream().map(UserId::of).collect(Collectors.toSet()) : Set.of();
                    }

                    @Override
                    public String displayName(UserId user) {
                        return COLLABORATORS.getOrDefault(user.value(),
                                AdaptiveDemo.TUTORED.getOrDefault(user.value(), user.value()));
                    }

                    @Override
                    public Set<UserId> coachesOf(UserId learner) {
                        return Set.of(TUTOR.id());
                    }

                    @Override
                    public boolean selfPositioningAllowed(UserId learner) {
                        return learner.equals(ROBERT.id());
                    }

                    @Override
                    public Optional<CompanyId> companyOf(UserId user) {
                        if (user.equals(PILOT.id()) || user.equals(MANAGER.id())) {
                            return Optional.of(MANPOWER);
                        }
                        if (user.equals(DDFPT.id()) || COLLABORATORS.containsKey(user.value())) {
                            return Optional.of(ESTABLISHMENT);
                        }
                        if (user.equals(OTHER_DDFPT.id())) {
                            return Optional.of(CompanyId.of("lycee-voisin"));
                        }
                        return user.equals(ADECCO_PILOT.id()) ? Optional.of(ADECCO)
                                : Optional.ofNullable(RecruitmentDemo.COMPANIES.get(user));
                    }
                })
                .recruitmentSettings(RecruitmentDemo.SETTINGS)
                // seed 000, "Voir les formations liées": the adaptive course covers every competency of the job
                .trainingCatalog(code -> code.value().contains("-CGCR-") ? List.of(new CompetencyViews.Training(
                        AdaptiveDemo.ADAPTIVE_COURSE.value(), "Cours adaptatif Conseiller Carrière Retraite")) : List.of())
                .notifier(n -> LOG.info("notify {} with '{}' {}", n.recipients(), n.template(), n.parameters()));
    }

    /** Loads each capability's demo once per storage; {@code storage} is the one {@code lms} was built on. */
    /** Whether the storage already holds the demo data (a durable storage restarted): its path set-up exists. */
    public static boolean isLoaded(Lms lms) {
        return lms.certification().grading().pathSetup(RECRUTEMENT_ET_SOURCING).version() > 0;
    }

    public static void load(Lms lms, StorageProvider storage) {
        // chloe and david finished the path before joining the Lyon slot session, where they wait for a slot again
        loadCertification(lms);
        loadSeats(lms);
        loadCompetencies(lms);
        RecruitmentDemo.load(lms, storage, ADMIN);
        AdaptiveDemo.load(lms, ADMIN, TUTOR, CCR);
    }

    private static void loadCertification(Lms lms) {
        if (lms.certification().grading().gradingTable(EXPERT_PATH).isDefault()) {
            lms.certification().grading().defineGradingTable(ADMIN, EXPERT_PATH,
                    GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13")), 0);
        }
        if (lms.certification().grading().pathSetup(RECRUTEMENT_ET_SOURCING).version() > 0) {
            return;
        }
        lms.certification().grading().definePathSetup(ADMIN, new CertificationPathSetup(RECRUTEMENT_ET_SOURCING, true,
                Set.copyOf(THEMES), 3, caseStudy(), 0));
        questionBank().forEach(q -> lms.certification().programQuizzes().addQuestion(ADMIN, q));

        eligible(lms, LEARNER);
        lms.certification().caseStudies().saveAnswers(LEARNER, RECRUTEMENT_ET_SOURCING, answers());
        lms.certification().caseStudies().submit(LEARNER, RECRUTEMENT_ET_SOURCING);

        THEMES.subList(0, 5).forEach(theme -> lms.certification().achievements().awardBadge(TUTOR, BOB.id(), RECRUTEMENT_ET_SOURCING, theme));
        IntStream.rangeClosed(1, 2).forEach(i -> lms.certification().achievements().recordWorkshop(TUTOR, BOB.id(),
                RECRUTEMENT_ET_SOURCING, WorkshopId.of("atelier-" + i)));
        // bob's third workshop is at 60 % (seed 003's table): main questions answered, corrections not done yet
        List.of(WorkshopStep.values()).subList(0, 4).forEach(step -> lms.certification().achievements()
                .recordWorkshopStep(BOB, BOB.id(), RECRUTEMENT_ET_SOURCING, WorkshopId.of("atelier-3"), step));

        corrected(lms, CHLOE, "1.1");
        corrected(lms, DAVID, "1.85");
        // seed 003: a new case study is published; alice, chloe and david keep version 1, whoever starts now gets 2
        lms.certification().grading().publishCaseStudy(ADMIN, RECRUTEMENT_ET_SOURCING, newCaseStudy(),
                lms.certification().grading().pathSetup(RECRUTEMENT_ET_SOURCING).version());
        LOG.info("demo data loaded: path {} with alice (submitted), bob (not eligible: two badges, third workshop at 60 %), "
                + "chloe (11/20), david (gold), all three on case study 1 of 2",
                RECRUTEMENT_ET_SOURCING);
    }

    /**
     * One licence session and one slot session with 3 slots, 6 members and a rhythmic rotation every
     * 10 days without weekends (the demo), dated around today.
     */
    private static void loadSeats(Lms lms) {
        if (!exists(lms, ADECCO_SESSION)) {
            LocalDate start = LocalDate.now(lms.clock()).minusDays(5);
            lms.seats().sessions().createSession(ADMIN, SeatSession.create(ADECCO_SESSION, "Adecco - Lille - Slots", ADECCO,
                    RECRUTEMENT_ET_SOURCING, SessionType.SLOTS, start, start.plusYears(1), 1, Rotation.natural()));
            lms.seats().members().addMember(ADECCO_PILOT, ADECCO_SESSION, UserId.of("gina"), SessionRole.LEARNER);
            lms.seats().members().addMember(ADECCO_PILOT, ADECCO_SESSION, UserId.of("hamid"), SessionRole.LEARNER);
            lms.seats().slots().assignSlot(ADECCO_PILOT, ADECCO_SESSION, UserId.of("gina"));
            lms.seats().slots().addWaiting(ADECCO_PILOT, ADECCO_SESSION, UserId.of("hamid"));
        }
        if (exists(lms, SLOT_SESSION)) {
            return;
        }
        LocalDate start = LocalDate.now(lms.clock()).minusDays(5);
        lms.seats().sessions().createSession(ADMIN, SeatSession.create(LICENCE_SESSION, "Manpower - Paris - Licences", MANPOWER,
                RECRUTEMENT_ET_SOURCING, SessionType.LICENCES, start, start.plusYears(1), 5, Rotation.none()));
        List.of("lea", "hugo", "ines").forEach(u ->
                lms.seats().members().addMember(PILOT, LICENCE_SESSION, UserId.of(u), SessionRole.LEARNER));
        lms.seats().members().addMember(PILOT, LICENCE_SESSION, PILOT.id(), SessionRole.PILOT);

        lms.seats().sessions().createSession(ADMIN, SeatSession.create(SLOT_SESSION, "Manpower - Lyon - Slots", MANPOWER,
                RECRUTEMENT_ET_SOURCING, SessionType.SLOTS, start, start.plusYears(1), 3, Rotation.every(10, false)));
        List<String> members = List.of("alice", "bob", "chloe", "david", "emma", "farid");
        for (int i = 0; i < members.size(); i++) {
            UserId user = UserId.of(members.get(i));
            lms.seats().members().addMember(PILOT, SLOT_SESSION, user, SessionRole.LEARNER);
            if (i < 3) {
                lms.seats().slots().assignSlot(PILOT, SLOT_SESSION, user);
            } else {
                lms.seats().slots().addWaiting(PILOT, SLOT_SESSION, user);
            }
        }
    }

    /**
     * Seed 000: the job "Conseiller Carrière Retraite", its three profiles and eleven competencies,
     * and Manon's team with Robert Redford and Jean Saisrien at 55 % (6/11), Dino Zore at 82 % (9/11),
     * the others not evaluated.
     */
    private static void loadCompetencies(Lms lms) {
        try {
            lms.competencies().catalogue().job(CCR);
            return;
        } catch (org.lmskit.core.error.NotFoundException absent) {
            // first start on this storage: load
        }
        // the eleven competencies, three profiles and the 1-5 legend come from the sample CASE package of docs/case
        CasePackage framework = CaseJson.read(sampleFramework());
        lms.competencies().frameworks().importPackage(ADMIN, framework);
        Set<String> parents = new java.util.HashSet<>();
        framework.associations().stream().filter(CasePackage.Association::isChildOf)
                .forEach(a -> parents.add(a.destination()));
        List<ProfileId> profileIds = framework.items().stream().filter(i -> parents.contains(i.identifier()))
                .map(i -> ProfileId.of(i.key())).toList();
        Map<CompetencyCode, LevelValue> requirements = new java.util.LinkedHashMap<>();
        for (ProfileId profile : profileIds) {
            for (CompetencyCode code : lms.competencies().catalogue().profile(profile).competencies()) {
                requirements.put(code, LevelValue.of(code.value().equals("TEST-ANE_002-CGCR-04") ? "4" : "3"));
            }
        }
        lms.competencies().catalogue().defineJob(ADMIN, new Catalogue.Job(CCR, "Conseiller Carrière Retraite", profileIds,
                requirements, 0));
        List<CompetencyCode> all = List.copyOf(requirements.keySet());
        Map<String, Integer> acquired = Map.of("robert-redford", 6, "jean-saisrien", 6, "dino-zore", 9);
        for (String collaborator : COLLABORATORS.keySet()) {
            UserId learner = UserId.of(collaborator);
            lms.competencies().positionings().assignJob(ADMIN, learner, CCR);
            int count = acquired.getOrDefault(collaborator, 0);
            for (int i = 0; i < count || (count > 0 && i < all.size()); i++) {
                LevelValue level = i < count ? requirements.get(all.get(i)) : LevelValue.of("2");
                lms.competencies().positionings().position(MANAGER, learner, all.get(i), org.lmskit.core.competency.Source.MANAGER,
                        Optional.of(level), Optional.empty(), Optional.of("Positionnement de démonstration"));
            }
        }
    }

    /** The sample package of {@code docs/case}, which the build copies next to this class. */
    static String sampleFramework() {
        try (java.io.InputStream in = DemoData.class.getResourceAsStream("case/conseiller-carriere-retraite.json")) {
            if (in == null) {
                throw new IllegalStateException("the sample CASE package is not on the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean exists(Lms lms, SessionId id) {
        try {
            lms.seats().sessions().session(ADMIN, id);
            return true;
        } catch (org.lmskit.core.error.NotFoundException absent) {
            return false;
        }
    }

    private static void corrected(Lms lms, Actor learner, String pointsEach) {
        eligible(lms, learner);
        lms.certification().caseStudies().saveAnswers(learner, RECRUTEMENT_ET_SOURCING, answers());
        lms.certification().caseStudies().submit(learner, RECRUTEMENT_ET_SOURCING);
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        caseStudy().forEach(q -> points.put(q.id(), new BigDecimal(pointsEach)));
        lms.certification().caseStudies().correct(CORRECTOR, learner.id(), RECRUTEMENT_ET_SOURCING, points, "Correction de démonstration");
    }

    private static void eligible(Lms lms, Actor learner) {
        THEMES.stream().filter(theme -> !theme.equals(SOURCING))
                .forEach(theme -> lms.certification().achievements().awardBadge(TUTOR, learner.id(), RECRUTEMENT_ET_SOURCING, theme));
        // the sourcing badge comes the seed's way: by passing the theme's program quiz
        var attempt = lms.certification().programQuizzes().start(learner, RECRUTEMENT_ET_SOURCING, SOURCING, OptionalLong.of(2026));
        while (!attempt.finished()) {
            var question = lms.certification().programQuizzes().currentQuestion(learner, attempt.id());
            attempt = lms.certification().programQuizzes().answer(learner, attempt.id(), question.id(), 0);
        }
        IntStream.rangeClosed(1, 3).forEach(i -> lms.certification().achievements().recordWorkshop(TUTOR, learner.id(),
                RECRUTEMENT_ET_SOURCING, WorkshopId.of("atelier-" + i)));
    }

    /** Version 2 of the case study: the same steps, for a sales position. */
    private static List<CaseStudyQuestion> newCaseStudy() {
        return IntStream.range(0, caseStudy().size()).mapToObj(i -> new CaseStudyQuestion(
                QuestionId.of("cs2-q" + (i + 1)), caseStudy().get(i).prompt() + " (poste de commercial B2B)",
                BigDecimal.valueOf(2))).toList();
    }

    private static List<CaseStudyQuestion> caseStudy() {
        List<String> prompts = List.of(
                "Reformulez le besoin de recrutement exprimé par le manager",
                "Rédigez l'annonce du poste",
                "Choisissez vos canaux de sourcing et justifiez-les",
                "Construisez une requête booléenne pour LinkedIn",
                "Rédigez un message d'approche directe",
                "Préparez la grille d'entretien",
                "Menez l'entretien : questions comportementales",
                "Évaluez deux candidatures",
                "Présentez la short-list au manager",
                "Rédigez le retour aux candidats non retenus");
        return IntStream.range(0, prompts.size())
                .mapToObj(i -> new CaseStudyQuestion(QuestionId.of("cs-q" + (i + 1)), prompts.get(i), BigDecimal.valueOf(2)))
                .toList();
    }

    private static Map<QuestionId, String> answers() {
        return caseStudy().stream().collect(Collectors.toMap(CaseStudyQuestion::id, q -> "Réponse : " + q.prompt()));
    }

    /** Three questions at each of the five levels for the sourcing theme; choice 0 is right. */
    private static List<Question> questionBank() {
        return IntStream.rangeClosed(1, 5).boxed().flatMap(level -> IntStream.rangeClosed(1, 3).mapToObj(i ->
                new Question(QuestionId.of("sourcing-l" + level + "-q" + i), SOURCING, level,
                        java.util.Optional.of(LessonId.of("sourcing-lesson-" + level + "-" + i)),
                        "Sourcing, niveau " + level + ", question " + i,
                        List.of("La bonne réponse", "Une réponse plausible", "Une réponse fausse"), 0))).toList();
    }
}
