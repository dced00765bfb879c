package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.QuestionId;

class CaseStudyMarkingTest {
    private final CaseStudyMarking marking = new CaseStudyMarking();
    private final List<CaseStudyQuestion> questions = RecrutementEtSourcing.questions(10);

    private Map<QuestionId, BigDecimal> points(String each) {
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        questions.forEach(q -> points.put(q.id(), new BigDecimal(each)));
        return points;
    }

    @Test
    void full_marks_give_20_and_half_marks_give_10() {
        assertThat(marking.grade(questions, points("2")).value()).isEqualTo(new BigDecimal("20.00"));
        assertThat(marking.grade(questions, points("1")).value()).isEqualTo(new BigDecimal("10.00"));
        assertThat(marking.grade(questions, points("0")).value()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void the_grade_is_the_share_of_points_times_20_rounded_half_up() {
        Map<QuestionId, BigDecimal> points = points("1");
        points.put(QuestionId.of("cs-q1"), new BigDecimal("1.01"));
        // 10.01 / 20 * 20 = 10.01
        assertThat(marking.grade(questions, points).value()).isEqualTo(new BigDecimal("10.01"));
        List<CaseStudyQuestion> three = List.of(
                new CaseStudyQuestion(QuestionId.of("a"), "a", BigDecimal.ONE),
                new CaseStudyQuestion(QuestionId.of("b"), "b", BigDecimal.ONE),
                new CaseStudyQuestion(QuestionId.of("c"), "c", BigDecimal.ONE));
        // 2 of 3 points: 13.333... -> 13.33
        assertThat(marking.grade(three, Map.of(QuestionId.of("a"), BigDecimal.ONE, QuestionId.of("b"), BigDecimal.ONE,
                QuestionId.of("c"), BigDecimal.ZERO)).value()).isEqualTo(new BigDecimal("13.33"));
    }

    @Test
    void every_question_is_scored_within_its_points() {
        Map<QuestionId, BigDecimal> missing = points("1");
        missing.remove(QuestionId.of("cs-q3"));
        Map<QuestionId, BigDecimal> tooMany = points("1");
        tooMany.put(QuestionId.of("cs-q4"), new BigDecimal("2.01"));
        Map<QuestionId, BigDecimal> negative = points("1");
        negative.put(QuestionId.of("cs-q5"), new BigDecimal("-0.5"));
        Map<QuestionId, BigDecimal> unknown = points("1");
        unknown.put(QuestionId.of("other"), BigDecimal.ONE);

        assertThatThrownBy(() -> marking.grade(questions, missing)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("points.cs-q3");
        assertThatThrownBy(() -> marking.grade(questions, tooMany)).hasMessageContaining("points.cs-q4");
        assertThatThrownBy(() -> marking.grade(questions, negative)).hasMessageContaining("points.cs-q5");
        assertThatThrownBy(() -> marking.grade(questions, unknown)).hasMessageContaining("points.other");
        assertThatThrownBy(() -> marking.grade(questions, null)).hasMessageContaining("points");
    }

    @Test
    void property_the_grade_stays_in_0_to_20_and_grows_with_the_points() {
        qt().forAll(lists().of(integers().between(0, 200)).ofSize(10), integers().between(0, 9))
                .check((hundredths, bumped) -> {
                    Map<QuestionId, BigDecimal> points = new HashMap<>();
                    for (int i = 0; i < 10; i++) {
                        points.put(questions.get(i).id(), BigDecimal.valueOf(hundredths.get(i), 2));
                    }
                    BigDecimal grade = marking.grade(questions, points).value();
                    QuestionId id = questions.get(bumped).id();
                    points.put(id, points.get(id).max(new BigDecimal("1.99")).add(new BigDecimal("0.01")).min(BigDecimal.valueOf(2)));
                    BigDecimal higher = marking.grade(questions, points).value();
                    return grade.signum() >= 0 && grade.compareTo(Grade.MAX) <= 0 && higher.compareTo(grade) >= 0;
                });
    }
}
