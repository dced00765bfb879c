package org.lmskit.core.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Source;
import org.lmskit.core.directory.Directory;
import java.time.Duration;
import java.util.List;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.LearningPath;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonStatus;
import java.time.LocalDate;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.PoolSearch;
import org.lmskit.core.recruitment.PortfolioSearch;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.RecruitmentFixtures;

/**
 * Issue 14: on PostgreSQL a view's cost in round trips does not grow with the data it covers. Each view is built
 * twice, over a small and a three-times-larger world, and run through a data source that counts connections and
 * statements: the counts must be the same, and a view takes one connection (one read-only transaction).
 */
class BoundedRoundTripsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    private static final Actor RECRUITER = Actor.of("luc", Role.RECRUITER);
    private static final CompanyId DIVALTO = CompanyId.of("divalto");
    private static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    private static final CourseId COURSE = CourseId.of("course");
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final PathId LEARNING_PATH = PathId.of("parcours");
    private static final SessionId SESSION = SessionId.of("divalto-slots");
    private static final String[] CODES = {"CGCR-01", "CGCR-02", "CGCR-03"};

    /** One world of {@code size} learners, candidates and cards, on a counting PostgreSQL database. */
    private static final class World implements AutoCloseable {
        final CountingDataSource counting = new CountingDataSource(Storages.freshPostgresDataSource());
        final StorageProvider storage = JdbcStorage.builder().dataSource(counting.dataSource).migrate(true).build();
        final Set<UserId> team = new HashSet<>();
        final Lms lms;

        World(int size) {
            this(size, false);
        }

        World(int size, boolean outbox) {
            for (int i = 0; i < size; i++) {
                team.add(UserId.of("learner-" + i));
            }
            Lms.Builder builder = Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC));
            if (outbox) {
                builder.outbox(org.lmskit.core.event.OutboxSettings.ofDefaults().withNode("counted"));
            }
            lms = builder.directory(new Directory() {
                @Override
                public Set<UserId> managersOf(UserId learner) {
                    return team.contains(learner) ? Set.of(MANAGER.id()) : Set.of();
                }

                @Override
                public Set<UserId> teamOf(UserId manager) {
                    return manager.equals(MANAGER.id()) ? team : Set.of();
                }

                @Override
                public Optional<CompanyId> companyOf(UserId user) {
                    return user.equals(RECRUITER.id()) ? Optional.of(DIVALTO) : Optional.empty();
                }
            }).build();
            lms.competencies().catalogue().setUp(ADMIN)
                    .competency(CODES[0], "Fiabiliser une carrière")
                    .competency(CODES[1], "Produire une estimation fiable au client")
                    .competency(CODES[2], "Réaliser une levée de doute")
                    .profile("donnees", "Traiter et analyser les données", CODES)
                    .job("ccr", "Conseiller Carrière Retraite").requires(CODES[0], "3").requires(CODES[1], "3")
                    .requires(CODES[2], "4").define();
            for (UserId learner : team) {
                lms.competencies().positionings().assignJob(ADMIN, learner, JobId.of("ccr"));
                for (int round = 0; round < size; round++) {
                    for (String code : CODES) {
                        lms.competencies().positionings().positionAtLevel(MANAGER, learner, CompetencyCode.of(code),
                                Source.MANAGER, LevelValue.of(String.valueOf(1 + (round + code.length()) % 5)));
                    }
                }
            }
            for (int l = 0; l < CODES.length; l++) {
                lms.adaptive().catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("lesson-" + l), "Leçon " + l,
                        LessonKind.E_LEARNING, Duration.ofHours(1), false,
                        List.of(Lesson.Target.atJobLevel(CompetencyCode.of(CODES[l]))), 0));
            }
            lms.adaptive().catalogue().defineCourse(ADMIN, new Course(COURSE, "Cours", List.of(new Course.Section(
                    "Section", List.of(LessonId.of("lesson-0"), LessonId.of("lesson-1"), LessonId.of("lesson-2")))),
                    Set.of(TUTOR.id()), 0));
            lms.adaptive().catalogue().definePath(ADMIN, new LearningPath(LEARNING_PATH, "Parcours",
                    List.of(new LearningPath.Theme(ThemeId.of("theme-a"), "Thème", false, List.of(new LearningPath.Module(
                            ModuleId.of("module-a"), "Module", List.of(LessonId.of("lesson-0"), LessonId.of("lesson-1"),
                            LessonId.of("lesson-2")))))), false, List.of(), 0));
            for (UserId learner : team) {
                lms.adaptive().enrolments().enrol(ADMIN, COURSE, learner, EnrolmentType.MANDATORY, Optional.empty());
                for (int round = 0; round < size; round++) {
                    lms.adaptive().attempts().recordAttempt(Actor.of(learner.value(), Role.LEARNER), learner,
                            LessonId.of("lesson-" + round % CODES.length), new AttemptReport(LessonStatus.IN_PROGRESS,
                                    Optional.empty(), Duration.ofMinutes(5)));
                }
            }
            lms.seats().sessions().createSession(ADMIN, SeatSession.create(SESSION, "Divalto - Slots", DIVALTO,
                    PathId.of("recrutement-et-sourcing"), SessionType.SLOTS, LocalDate.of(2026, 12, 1),
                    LocalDate.of(2027, 12, 1), size, Rotation.every(10, false)));
            for (int i = 0; i < size * 2; i++) {
                UserId member = UserId.of("member-" + i);
                lms.seats().members().addMember(ADMIN, SESSION, member, SessionRole.LEARNER);
                if (i < size) {
                    lms.seats().slots().assignSlot(ADMIN, SESSION, member);
                } else {
                    lms.seats().slots().addWaiting(ADMIN, SESSION, member);
                }
            }
            List<ThemeId> themes = new java.util.ArrayList<>();
            for (int t = 0; t < size; t++) {
                themes.add(ThemeId.of("theme-" + t));
            }
            lms.certification().grading().definePathSetup(ADMIN, new CertificationPathSetup(PATH, true,
                    Set.copyOf(themes), 3, java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(q -> new CaseStudyQuestion(
                    QuestionId.of("q" + q), "Question " + q, java.math.BigDecimal.valueOf(2))).toList(), 0));
            for (UserId learner : team) {
                for (ThemeId theme : themes.subList(0, size - 1)) {
                    lms.certification().achievements().awardBadge(ADMIN, learner, PATH, theme);
                }
            }
            for (int i = 0; i < size * 10; i++) {
                storage.candidates().insert(RecruitmentFixtures.candidate("cand-" + i, "Corbe" + i, "Jean").build());
                if (i % 2 == 0) {
                    storage.followUpCards().insert(RecruitmentFixtures.card("card-" + i, DIVALTO.value(), "cand-" + i,
                            RECRUITER.id().value(), "STUDY_IN_PROGRESS", NOW.minusSeconds(3600), NOW.plusSeconds(86_400L * (i + 1))));
                }
            }
        }

        /** Connections and statements {@code view} costs. */
        int[] cost(Consumer<Lms> view) {
            view.accept(lms);
            counting.reset();
            view.accept(lms);
            return new int[] {counting.connections.get(), counting.statements.get()};
        }

        @Override
        public void close() {
            storage.close();
        }
    }

    private static World small;
    private static World large;

    @BeforeAll
    static void buildBothWorlds() {
        small = new World(2);
        large = new World(6);
    }

    @AfterAll
    static void closeBothWorlds() {
        if (small != null) {
            small.close();
        }
        if (large != null) {
            large.close();
        }
    }

    private static void sameCostAtBothSizes(Consumer<Lms> view) {
        int[] small = BoundedRoundTripsTest.small.cost(view);
        int[] large = BoundedRoundTripsTest.large.cost(view);
        assertThat(large[1]).as("statements (small world: %s)", small[1]).isEqualTo(small[1]);
        assertThat(small[0]).as("connections").isEqualTo(1);
        assertThat(large[0]).as("connections").isEqualTo(1);
    }

    @Test
    void the_team_view_costs_the_same_round_trips_for_a_team_three_times_larger() {
        sameCostAtBothSizes(lms -> assertThat(lms.competencies().views().teamView(MANAGER, Optional.empty(),
                CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always())).isNotEmpty());
    }

    @Test
    void a_job_view_costs_the_same_round_trips_with_three_times_the_positionings() {
        sameCostAtBothSizes(lms -> assertThat(lms.competencies().views().jobView(MANAGER, UserId.of("learner-0"),
                CompetencyViews.Period.always()).summary().applicable()).isEqualTo(3));
    }

    @Test
    void a_positioning_history_page_costs_the_same_round_trips_with_three_times_the_positionings() {
        sameCostAtBothSizes(lms -> assertThat(lms.competencies().positionings().history(MANAGER,
                UserId.of("learner-0"), PageRequest.first(5)).items()).hasSize(5));
    }

    @Test
    void a_pool_search_costs_the_same_round_trips_over_three_times_the_candidates() {
        sameCostAtBothSizes(lms -> assertThat(lms.recruitment().pool().searchPool(RECRUITER,
                PoolSearch.builder().nameContains("co").build(), PageRequest.first(10)).items()).isNotEmpty());
    }

    @Test
    void a_portfolio_page_costs_the_same_round_trips_over_three_times_the_cards() {
        sameCostAtBothSizes(lms -> assertThat(lms.recruitment().cards().portfolio(RECRUITER,
                PortfolioSearch.everything(), PageRequest.first(10)).items()).hasSize(10));
    }

    @Test
    void the_tutoring_centre_costs_the_same_round_trips_for_three_times_the_learners_and_attempts() {
        sameCostAtBothSizes(lms -> assertThat(lms.adaptive().tutoring().tutoringCentre(TUTOR, COURSE, Optional.empty())
                .learners()).isPositive());
    }

    @Test
    void a_page_of_tutored_learners_costs_the_same_round_trips_for_three_times_the_learners() {
        sameCostAtBothSizes(lms -> assertThat(lms.adaptive().tutoring().tutoredLearners(TUTOR, COURSE, Optional.empty(),
                PageRequest.first(2)).items()).hasSize(2));
    }

    @Test
    void a_learner_report_course_and_path_progress_cost_the_same_round_trips_with_three_times_the_attempts() {
        sameCostAtBothSizes(lms -> assertThat(lms.adaptive().tutoring().learnerReport(TUTOR, COURSE,
                UserId.of("learner-0"))).isNotNull());
        sameCostAtBothSizes(lms -> assertThat(lms.adaptive().progress().courseProgress(TUTOR, COURSE,
                UserId.of("learner-0")).sections()).hasSize(1));
        sameCostAtBothSizes(lms -> assertThat(lms.adaptive().progress().pathProgress(MANAGER, LEARNING_PATH,
                UserId.of("learner-0")).themes()).hasSize(1));
    }

    @Test
    void a_seat_session_and_its_members_cost_the_same_round_trips_with_three_times_the_slots_and_waiting_list() {
        sameCostAtBothSizes(lms -> assertThat(lms.seats().sessions().session(ADMIN, SESSION).slots()).isNotEmpty());
        sameCostAtBothSizes(lms -> assertThat(lms.seats().members().members(ADMIN, SESSION)).isNotEmpty());
        sameCostAtBothSizes(lms -> assertThat(lms.seats().members().withAccess(ADMIN, SESSION,
                java.time.LocalDate.of(2026, 12, 6))).isNotEmpty());
        sameCostAtBothSizes(lms -> assertThat(lms.seats().members().inactive(ADMIN, SESSION, PageRequest.first(10))
                .total()).isNotNegative());
        sameCostAtBothSizes(lms -> assertThat(lms.seats().members().inactiveInCompany(ADMIN, DIVALTO,
                PageRequest.first(10)).total()).isNotNegative());
    }

    @Test
    void eligibility_costs_the_same_round_trips_with_three_times_the_themes_and_badges_and_learners() {
        sameCostAtBothSizes(lms -> assertThat(lms.certification().achievements().eligibility(ADMIN,
                UserId.of("learner-0"), PATH).eligible()).isFalse());
        sameCostAtBothSizes(lms -> assertThat(lms.certification().achievements().eligibility(ADMIN, PATH,
                List.copyOf(lms == small.lms ? small.team : large.team))).isNotEmpty());
    }

    /**
     * Issue 14: a write of one operation commits once, on one connection, and no statement of it runs with
     * auto-commit on (reads before it included) (which would commit part of it on its own). Each write below touches several tables (a
     * positioning completes lessons and audits; a badge writes the achievement and the audit; a card, its
     * audit and the overdue check).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "outbox on: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void each_write_commits_once_on_one_connection(boolean outbox) {
        try (World world = new World(2, outbox)) {
            long correctedVersion = world.storage.lessonProgress().find("learner-1", "lesson-0").orElseThrow().version();
            long sessionVersion = world.lms.seats().sessions().session(ADMIN, SESSION).version();
            for (int w = 0; w < 3; w++) {
                world.lms.certification().achievements().recordWorkshop(ADMIN, UserId.of("learner-1"), PATH,
                        org.lmskit.core.id.WorkshopId.of("workshop-" + w));
            }
            java.util.Map<String, Consumer<Lms>> writes = new java.util.LinkedHashMap<>();
            writes.put("a workshop", lms -> lms.certification().achievements().recordWorkshop(ADMIN,
                    UserId.of("learner-0"), PATH, org.lmskit.core.id.WorkshopId.of("workshop-0")));
            writes.put("a rotation", lms -> lms.seats().sessions().setRotation(ADMIN, SESSION, Rotation.every(5, false),
                    sessionVersion));
            writes.put("a positioning", lms -> lms.competencies().positionings().positionAtLevel(MANAGER,
                    UserId.of("learner-0"), CompetencyCode.of(CODES[2]), Source.MANAGER, LevelValue.of("5")));
            writes.put("an attempt", lms -> lms.adaptive().attempts().recordAttempt(Actor.of("learner-1", Role.LEARNER),
                    UserId.of("learner-1"), LessonId.of("lesson-1"), new AttemptReport(LessonStatus.COMPLETED,
                            Optional.empty(), Duration.ofMinutes(5))));
            writes.put("a session member", lms -> lms.seats().members().addMember(ADMIN, SESSION, UserId.of("member-9"),
                    SessionRole.LEARNER));
            writes.put("a waiting-list place", lms -> lms.seats().slots().addWaiting(ADMIN, SESSION, UserId.of("member-9")));
            writes.put("a path completion", lms -> lms.seats().members().pathCompleted(ADMIN, SESSION,
                    UserId.of("member-0")));
            writes.put("a connection (every membership of the member)", lms -> lms.seats().members().connected(
                    Actor.of("member-1", Role.LEARNER)));
            writes.put("a job assignment", lms -> lms.competencies().positionings().assignJob(ADMIN,
                    UserId.of("learner-1"), JobId.of("ccr")));
            writes.put("a tutor's correction", lms -> lms.adaptive().tutoring().correct(TUTOR, COURSE,
                    UserId.of("learner-1"), LessonId.of("lesson-0"), new org.lmskit.core.adaptive.TutorCorrection(
                            Optional.of(LessonStatus.COMPLETED), false, Optional.empty(), Optional.empty(),
                            Optional.empty()), correctedVersion));
            writes.put("a badge", lms -> lms.certification().achievements().awardBadge(ADMIN, UserId.of("learner-1"),
                    PATH, ThemeId.of("theme-1")));
            writes.put("a case study's answers", lms -> lms.certification().caseStudies().saveAnswers(
                    Actor.of("learner-1", Role.LEARNER), PATH, java.util.Map.of(QuestionId.of("q1"), "Réponse")));
            writes.put("a follow-up card", lms -> lms.recruitment().cards().quickAction(RECRUITER,
                    org.lmskit.core.id.CandidateId.of("cand-1"), org.lmskit.core.recruitment.QuickAction.STUDY_LATER));
            java.util.List<String> recordedEvents = new java.util.ArrayList<>();
            writes.forEach((name, write) -> {
                long recorded = outbox ? world.storage.outbox().summary().pending() : 0;
                world.counting.reset();
                write.accept(world.lms);
                assertThat(world.counting.commits.get()).as("commits of %s", name).isEqualTo(1);
                assertThat(world.counting.autoCommitted.get()).as("auto-committed statements of %s", name).isZero();
                // a card first checks, in a read-only transaction of its own, that the recruiter has no overdue
                // card: a refusal there is published, where inside the write it would be rolled back with it
                assertThat(world.counting.connections.get()).as("connections of %s", name)
                        .isEqualTo(name.equals("a follow-up card") ? 2 : 1);
                assertThat(world.counting.statements.get()).as("statements of %s", name).isGreaterThan(1);
                if (outbox && world.storage.outbox().summary().pending() > recorded) {
                    recordedEvents.add(name); // by the one commit counted above
                }
            });
            if (outbox) {
                assertThat(recordedEvents).contains("a positioning", "an attempt", "a tutor's correction", "a badge",
                        "a follow-up card");
            }
        }
    }
}
