package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditService;
import org.lmskit.core.certification.CaseStudyMarking;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScaleLevel;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.audit.AuditQuery;

/** Each limit docs/domains.md states, tried on each side: the last value accepted, the first refused. */
class DomainLimitsTest {
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static SeatSession slots(int quota) {
        return SeatSession.create(SessionId.of("s"), "S", CompanyId.of("c"), PathId.of("p"), SessionType.SLOTS, START,
                START.plusYears(1), quota, Rotation.none());
    }

    @Test
    void a_session_holds_up_to_ten_thousand_slots() {
        assertThat(slots(SeatSession.MAX_QUOTA).slots()).hasSize(10_000);
        assertThat(slots(0).slots()).isEmpty();
        assertThatThrownBy(() -> slots(SeatSession.MAX_QUOTA + 1)).hasMessage("quota must be between 0 and 10000");
        assertThatThrownBy(() -> slots(-1)).hasMessage("quota must be between 0 and 10000");
    }

    @Test
    void a_case_study_question_is_worth_more_than_0_and_at_most_1000_points() {
        assertThat(new CaseStudyQuestion(QuestionId.of("q"), "P", new BigDecimal("1000")).maxPoints())
                .isEqualByComparingTo("1000");
        assertThat(new CaseStudyQuestion(QuestionId.of("q"), "P", new BigDecimal("0.01")).maxPoints())
                .isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> new CaseStudyQuestion(QuestionId.of("q"), "P", new BigDecimal("1000.01")))
                .hasMessageContaining("questions[q].maxPoints must be between 0 and 1000");
        assertThatThrownBy(() -> new CaseStudyQuestion(QuestionId.of("q"), "P", BigDecimal.ZERO))
                .hasMessage("questions[q].maxPoints must be more than 0");
    }

    @Test
    void a_hostile_point_is_refused_without_any_arithmetic_on_it() {
        List<CaseStudyQuestion> questions = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> new CaseStudyQuestion(QuestionId.of("q" + i), "P", BigDecimal.TEN)).toList();
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        points.put(QuestionId.of("q1"), new BigDecimal("1e-10000000"));
        points.put(QuestionId.of("q2"), new BigDecimal("5"));
        points.put(QuestionId.of("q3"), new BigDecimal("1e999999999"));

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> new CaseStudyMarking().grade(questions, points)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field()).containsExactly("points.q1", "points.q3")));
    }

    @Test
    void a_scale_has_up_to_twenty_levels_and_as_many_thresholds() {
        List<ScaleLevel> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> new ScaleLevel("" + i, "N" + i, "")).toList();
        Scale scale = new Scale(ScaleId.of("s"), "S", twenty, false, 0);
        assertThat(scale.levels()).hasSize(20);
        List<ScaleLevel> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> new ScaleLevel("" + i, "N" + i, "")).toList();
        assertThatThrownBy(() -> new Scale(ScaleId.of("s"), "S", twentyOne, false, 0))
                .hasMessage("levels a scale has at most 20 levels");

        ScoreThresholds.evenlyOver(scale).check(scale);
        List<ScoreThresholds.Threshold> tooMany = IntStream.range(0, 21)
                .mapToObj(i -> new ScoreThresholds.Threshold(BigDecimal.valueOf(i), "1")).toList();
        assertThatThrownBy(() -> new ScoreThresholds(tooMany).check(scale))
                .hasMessage("thresholds at most one threshold per level");
    }

    @Test
    void a_level_code_has_up_to_100_characters() {
        assertThat(LevelValue.of("x".repeat(ScaleLevel.MAX_CODE)).code()).hasValue("x".repeat(100));
        assertThatThrownBy(() -> LevelValue.of("x".repeat(ScaleLevel.MAX_CODE + 1)))
                .hasMessage("level must have at most 100 characters");
        assertThatThrownBy(() -> new ScaleLevel("x".repeat(101), "N", ""))
                .hasMessage("levels.code must have at most 100 characters");
    }

    @Test
    void a_grade_written_as_text_has_up_to_64_characters() {
        String sixtyFour = "0".repeat(Decimals.MAX_TEXT_LENGTH - 2) + "12";
        assertThat(Grade.parse("grade", sixtyFour).value()).isEqualByComparingTo("12");
        assertThatThrownBy(() -> Grade.parse("grade", "0" + sixtyFour))
                .hasMessage("grade must be a number of at most 64 characters");
    }

    @Test
    void an_audit_criterion_has_up_to_300_characters() {
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        assertThat(lms.audit().find(admin, AuditQuery.byActor("a".repeat(AuditService.MAX_CRITERION))).total()).isZero();
        assertThatThrownBy(() -> lms.audit().find(admin, AuditQuery.byActor("a".repeat(AuditService.MAX_CRITERION + 1))))
                .hasMessage("actor must have at most 300 characters");
    }
}
