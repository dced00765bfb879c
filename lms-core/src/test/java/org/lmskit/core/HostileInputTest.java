package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.adaptive.TutorCorrection;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.certification.Question;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScaleLevel;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.competency.Source;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.AuditQuery;

/**
 * Issue 12's observations, entry point by entry point: a NUL, an out-of-range instant or a hostile decimal is
 * refused by core naming its field, in milliseconds, and nothing is stored. Core is the one gate, so the
 * PostgreSQL adapter never sees a value the in-memory one would store differently.
 */
class HostileInputTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor TUTOR = Actor.of("theo", Role.TUTOR);
    private static final String NUL = "a\u0000b";
    private static final BigDecimal HUGE = new BigDecimal("1e999999999");
    private static final BigDecimal TINY = new BigDecimal("1e-10000");
    private static final Instant FAR = Instant.parse("+294277-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private final InMemoryStorage storage = InMemoryStorage.create();
    private final Lms lms = Lms.builder().storage(storage)
            .clock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))
            .directory(new org.lmskit.core.directory.Directory() {
                @Override
                public java.util.Set<UserId> managersOf(UserId learner) {
                    return java.util.Set.of();
                }

                @Override
                public java.util.Set<UserId> coachesOf(UserId learner) {
                    return java.util.Set.of(TUTOR.id());
                }
            }).build();

    interface Case {
        void run(Lms lms);
    }

    static Stream<Arguments> hostile() {
        CompetencyCode code = CompetencyCode.of("C-01");
        Scale scale = Scale.ofDefaults();
        return Stream.of(
                Arguments.of("reference", (Case) l -> l.seats().sessions().createSession(ADMIN, SeatSession.create(SessionId.of("s"),
                        NUL, CompanyId.of("c"), PathId.of("p"), SessionType.SLOTS, START, START.plusDays(9), 1,
                        Rotation.none()))),
                Arguments.of("expiryDate", (Case) l -> SeatSession.create(SessionId.of("s"), "S", CompanyId.of("c"),
                        PathId.of("p"), SessionType.SLOTS, START, LocalDate.of(10_000, 1, 1), 1, Rotation.none())),
                Arguments.of("quota", (Case) l -> SeatSession.create(SessionId.of("s"), "S", CompanyId.of("c"),
                        PathId.of("p"), SessionType.SLOTS, START, START, Integer.MAX_VALUE, Rotation.none())),
                Arguments.of("day", (Case) l -> l.seats().rotation().runDailyRotation(ADMIN, LocalDate.of(1, 1, 1))),
                Arguments.of("name", (Case) l -> l.competencies().catalogue().defineScale(ADMIN, new Scale(ScaleId.of("s"), NUL,
                        scale.levels(), true, 0))),
                Arguments.of("levels[1].label", (Case) l -> new ScaleLevel("1", NUL, "")),
                Arguments.of("levels.code", (Case) l -> new ScaleLevel(NUL, "Niveau", "")),
                Arguments.of("title", (Case) l -> l.competencies().catalogue().defineCompetency(ADMIN, new Catalogue.Competency(code,
                        NUL, "", Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(scale), 0))),
                Arguments.of("description", (Case) l -> new Catalogue.Competency(code, "T", NUL, Scale.DEFAULT_ID,
                        ScoreThresholds.evenlyOver(scale), 0)),
                Arguments.of("name", (Case) l -> new Catalogue.Profile(ProfileId.of("p"), NUL, List.of(), 0)),
                Arguments.of("thresholds[0].minScore", (Case) l -> new ScoreThresholds(List.of(
                        new ScoreThresholds.Threshold(TINY, "1"))).check(scale)),
                Arguments.of("score", (Case) l -> l.competencies().positionings().position(TUTOR, UserId.of("robert"), code,
                        Source.EVALUATION, Optional.empty(), Optional.of(TINY), Optional.empty())),
                Arguments.of("score", (Case) l -> l.competencies().positionings().position(TUTOR, UserId.of("robert"), code,
                        Source.EVALUATION, Optional.empty(), Optional.of(HUGE), Optional.empty())),
                Arguments.of("comment", (Case) l -> l.competencies().positionings().position(TUTOR, UserId.of("robert"), code,
                        Source.EVALUATION, Optional.empty(), Optional.of(BigDecimal.TEN), Optional.of(NUL))),
                Arguments.of("from", (Case) l -> CompetencyViews.Period.between(FAR, null)),
                Arguments.of("name", (Case) l -> l.competencies().views().teamView(Actor.of("m", Role.MANAGER), Optional.of(NUL),
                        CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always())),
                Arguments.of("level", (Case) l -> new Lesson.Target(code, Optional.of(LevelValue.of(NUL)))),
                Arguments.of("title", (Case) l -> l.adaptive().catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("l"), NUL,
                        LessonKind.VIDEO, Duration.ofMinutes(1), false, List.of(), 0))),
                Arguments.of("statusAt", (Case) l -> new TutorCorrection(Optional.of(LessonStatus.COMPLETED), false,
                        Optional.of(FAR), Optional.empty(), Optional.empty())),
                Arguments.of("score", (Case) l -> new TutorCorrection(Optional.empty(), false, Optional.empty(),
                        Optional.of(TINY), Optional.empty())),
                Arguments.of("grade", (Case) l -> l.certification().grading().grade(HUGE)),
                Arguments.of("grade", (Case) l -> Grade.of(new BigDecimal("1e-10000000"))),
                Arguments.of("gold", (Case) l -> GradingTable.of(HUGE, BigDecimal.TEN, BigDecimal.ONE)),
                Arguments.of("prompt", (Case) l -> l.certification().programQuizzes().addQuestion(ADMIN, new Question(
                        QuestionId.of("q"), ThemeId.of("t"), 1, Optional.empty(), NUL, List.of("a", "b"), 0))),
                Arguments.of("choices[1]", (Case) l -> new Question(QuestionId.of("q"), ThemeId.of("t"), 1,
                        Optional.empty(), "Prompt", List.of("a", NUL), 0)),
                Arguments.of("questions[q].prompt", (Case) l -> new CaseStudyQuestion(QuestionId.of("q"), NUL, BigDecimal.TEN)),
                Arguments.of("questions[q].maxPoints", (Case) l -> new CaseStudyQuestion(QuestionId.of("q"), "P", HUGE)),
                Arguments.of("actor", (Case) l -> l.audit().find(ADMIN, AuditQuery.byActor(NUL))),
                Arguments.of("from", (Case) l -> l.audit().find(ADMIN, AuditQuery.all().between(FAR, null))),
                Arguments.of("findings", (Case) l -> l.competencies().reviews().draft(ADMIN, UserId.of("robert"),
                        Map.of(code, LevelValue.of("3")), "a\u0007b", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void a_hostile_value_is_refused_naming_its_field_and_nothing_is_stored(String field, Case hostile) {
        long audited = storage.auditTrail().find(AuditQuery.all().page(0, PageRequest.MAX_LIMIT)).total();
        Executable call = () -> assertThatThrownBy(() -> hostile.run(lms)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo(field))
                        .allSatisfy(v -> assertThat(v.message()).hasSizeLessThan(200)));
        assertTimeoutPreemptively(Duration.ofSeconds(2), call);
        assertThat(storage.auditTrail().find(AuditQuery.all().page(0, PageRequest.MAX_LIMIT)).total()).isEqualTo(audited);
    }
}
