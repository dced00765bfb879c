package org.lmskit.core.competency.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** What a CASE package must be for lmskit to read it, each refusal naming the object at fault. */
class CasePackageTest {
    static final String DOC = "0da7a000-0000-4000-8000-000000000000";

    static String id(int n) {
        return String.format("0da7a000-0000-4000-8000-%012d", n);
    }

    static Item item(int n, String code) {
        return new Item(id(n), "Compétence " + n, code, "");
    }

    static Association childOf(int n, int child, String parent) {
        return new Association(id(n), CasePackage.IS_CHILD_OF, id(child), parent, Optional.empty());
    }

    static List<Level> levels(String... scores) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            levels.add(new Level(i + 1, Optional.of(new BigDecimal(scores[i])), "", ""));
        }
        return levels;
    }

    static CasePackage pkg(List<Item> items, List<Association> associations, List<Rubric> rubrics) {
        return new CasePackage(new Document(DOC, "Référentiel", "lmskit", null, null), items, associations, rubrics);
    }

    static AbstractThrowableAssert<?, ?> refusedNaming(Runnable build, String field) {
        return assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @Test
    void identifiers_are_uuids_kept_in_lower_case() {
        assertThat(new Item(id(1).toUpperCase(), "x", "", "").identifier()).isEqualTo(id(1));
        refusedNaming(() -> new Item("1-1-1-1-1", "x", "", ""), "CFItems.identifier")
                .hasMessageContaining("must be a UUID");
        refusedNaming(() -> new Item(" " + id(1), "x", "", ""), "CFItems.identifier");
        refusedNaming(() -> new Document(null, "x", "y", "", Optional.empty()), "CFDocument.identifier");
    }

    @Test
    void an_item_has_a_one_line_statement_and_a_code_an_id_may_be() {
        refusedNaming(() -> new Item(id(1), "deux\nlignes", "", ""), "CFItems[" + id(1) + "].fullStatement");
        refusedNaming(() -> new Item(id(1), "x".repeat(201), "", ""), "CFItems[" + id(1) + "].fullStatement");
        assertThat(new Item(id(1), "x".repeat(200), "", "").fullStatement()).hasSize(200);
        refusedNaming(() -> new Item(id(1), "x", "c".repeat(101), ""), "CFItems[" + id(1) + "].humanCodingScheme");
        assertThat(new Item(id(1), "x", "c".repeat(100), "").key()).hasSize(100);
        assertThat(new Item(id(1), "x", "  ", "").key()).isEqualTo(id(1));
        refusedNaming(() -> new Item(id(1), "x", "a\u0000b", ""), "CFItems[" + id(1) + "].humanCodingScheme");
        assertThat(new Item(id(1), "x", "", "deux\nlignes").notes()).isEqualTo("deux\nlignes");
    }

    @Test
    void an_identifier_appears_once_in_the_package() {
        refusedNaming(() -> pkg(List.of(item(1, "A"), item(1, "B")), List.of(), List.of()),
                "CFItems[" + id(1) + "].identifier");
        refusedNaming(() -> pkg(List.of(new Item(DOC, "x", "", "")), List.of(), List.of()),
                "CFItems[" + DOC + "].identifier");
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(), List.of(new Rubric(id(1), "r", "",
                List.of(new Criterion(id(2), Optional.empty(), levels("1", "2")))))), "CFRubrics[" + id(1) + "].identifier");
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(childOf(9, 1, DOC), childOf(9, 1, DOC)), List.of()),
                "CFAssociations[" + id(9) + "].identifier");
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(), List.of(new Rubric(id(3), "r", "",
                List.of(new Criterion(id(1), Optional.empty(), levels("1", "2")))))),
                "CFRubrics[" + id(3) + "].CFRubricCriteria[" + id(1) + "].identifier");
    }

    @Test
    void is_child_of_goes_from_an_item_to_the_document_or_another_item_without_cycles() {
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(childOf(9, 2, DOC)), List.of()),
                "CFAssociations[" + id(9) + "].originNodeURI");
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(childOf(9, 1, id(3))), List.of()),
                "CFAssociations[" + id(9) + "].destinationNodeURI");
        refusedNaming(() -> pkg(List.of(item(1, "A")), List.of(childOf(9, 1, id(1))), List.of()),
                "CFAssociations[" + id(9) + "]");
        refusedNaming(() -> pkg(List.of(item(1, "A"), item(2, "B")), List.of(childOf(9, 1, id(2)), childOf(8, 1, id(2))),
                List.of()), "CFAssociations[" + id(8) + "]");
        refusedNaming(() -> pkg(List.of(item(1, "A"), item(2, "B"), item(3, "C")),
                List.of(childOf(7, 1, id(2)), childOf(8, 2, id(3)), childOf(9, 3, id(1))), List.of()), "CFItems[" + id(1) + "]")
                .hasMessageContaining("its own ancestor");
        CasePackage related = pkg(List.of(item(1, "A")), List.of(new Association(id(9), "isRelatedTo", id(1), id(55),
                Optional.empty())), List.of());
        assertThat(related.parents()).isEmpty();
    }

    @Test
    void codes_are_unique_among_competencies_and_among_profiles_but_may_repeat_across_the_two() {
        refusedNaming(() -> pkg(List.of(item(1, "A"), item(2, "A")), List.of(), List.of()),
                "CFItems[" + id(2) + "].humanCodingScheme");
        refusedNaming(() -> pkg(List.of(item(1, id(2)), item(2, "")), List.of(), List.of()),
                "CFItems[" + id(2) + "].humanCodingScheme");
        CasePackage same = pkg(List.of(item(1, "A"), item(2, "A")), List.of(childOf(9, 2, id(1))), List.of());
        assertThat(same.parents()).containsEntry(id(2), List.of(id(1)));
    }

    @Test
    void a_criterion_rates_one_leaf_item_and_a_leaf_has_one_criterion() {
        List<Item> items = List.of(item(1, "P"), item(2, "A"));
        List<Association> tree = List.of(childOf(9, 2, id(1)));
        refusedNaming(() -> pkg(items, tree, List.of(new Rubric(id(20), "r", "",
                List.of(new Criterion(id(21), Optional.of(id(1)), levels("1", "2")))))),
                "CFRubrics[" + id(20) + "].CFRubricCriteria[" + id(21) + "].CFItemURI");
        refusedNaming(() -> pkg(items, tree, List.of(new Rubric(id(20), "r", "",
                List.of(new Criterion(id(21), Optional.of(id(66)), levels("1", "2")))))),
                "CFRubrics[" + id(20) + "].CFRubricCriteria[" + id(21) + "].CFItemURI");
        refusedNaming(() -> pkg(items, tree, List.of(
                new Rubric(id(20), "r", "", List.of(new Criterion(id(21), Optional.of(id(2)), levels("1", "2")))),
                new Rubric(id(30), "s", "", List.of(new Criterion(id(31), Optional.of(id(2)), levels("1", "2")))))),
                "CFRubrics[" + id(30) + "].CFRubricCriteria[" + id(31) + "].CFItemURI");
    }

    @Test
    void the_criteria_of_a_rubric_state_the_same_levels() {
        refusedNaming(() -> new Rubric(id(20), "r", "", List.of(new Criterion(id(21), Optional.empty(), levels("1", "2")),
                new Criterion(id(22), Optional.empty(), levels("1", "3")))),
                "CFRubrics[" + id(20) + "].CFRubricCriteria[" + id(22) + "].CFRubricCriterionLevels");
        refusedNaming(() -> new Rubric(id(20), "r", "", List.of()), "CFRubrics[" + id(20) + "].CFRubricCriteria");
    }

    @Test
    void levels_are_two_to_twenty_with_distinct_positions_and_codes() {
        assertThat(CasePackage.MAX_LEVELS).isEqualTo(Scale.MAX_LEVELS);
        refusedNaming(() -> new Criterion(id(21), Optional.empty(), levels("1")),
                "CFRubricCriteria[" + id(21) + "].CFRubricCriterionLevels");
        String[] twentyOne = new String[21];
        for (int i = 0; i < 21; i++) {
            twentyOne[i] = String.valueOf(i);
        }
        refusedNaming(() -> new Criterion(id(21), Optional.empty(), levels(twentyOne)),
                "CFRubricCriteria[" + id(21) + "].CFRubricCriterionLevels");
        assertThat(new Criterion(id(21), Optional.empty(), levels(java.util.Arrays.copyOf(twentyOne, 20))).levels())
                .hasSize(20);
        refusedNaming(() -> new Criterion(id(21), Optional.empty(), levels("3", "3.0")),
                "CFRubricCriteria[" + id(21) + "].CFRubricCriterionLevels[2].score");
        refusedNaming(() -> new Criterion(id(21), Optional.empty(), List.of(new Level(1, Optional.empty(), "", ""),
                new Level(1, Optional.of(BigDecimal.TEN), "", ""))), "CFRubricCriteria[" + id(21) + "].CFRubricCriterionLevels[1].position");
        Criterion sorted = new Criterion(id(21), Optional.empty(), List.of(new Level(7, Optional.empty(), "Haut", ""),
                new Level(-2, Optional.of(new BigDecimal("2.50")), "", "")));
        assertThat(sorted.levels()).extracting(Level::code).containsExactly("2.5", "7");
        assertThat(sorted.levels()).extracting(Level::label).containsExactly("2.5", "Haut");
    }

    @Test
    void a_score_has_at_most_six_digits_before_the_point_and_four_after() {
        assertThat(new Level(1, Optional.of(new BigDecimal("999999.9999")), "", "").code()).isEqualTo("999999.9999");
        assertThat(new Level(1, Optional.of(new BigDecimal("-999999.9999")), "", "").code()).isEqualTo("-999999.9999");
        refusedNaming(() -> new Level(1, Optional.of(new BigDecimal("1000000")), "", ""), "CFRubricCriterionLevels[1].score");
        refusedNaming(() -> new Level(1, Optional.of(new BigDecimal("0.00001")), "", ""), "CFRubricCriterionLevels[1].score");
        refusedNaming(() -> new Level(1, Optional.of(new BigDecimal("1E+999999999")), "", ""), "CFRubricCriterionLevels[1].score");
        assertThat(new Level(1, Optional.of(new BigDecimal("3E+2")), "", "").code()).isEqualTo("300");
    }

    @Test
    void a_package_holds_at_most_a_thousand_items() {
        Consumer<Integer> build = n -> {
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                items.add(item(i, "C" + i));
            }
            pkg(items, List.of(), List.of());
        };
        build.accept(CasePackage.MAX_ITEMS);
        refusedNaming(() -> build.accept(CasePackage.MAX_ITEMS + 1), "CFItems");
        List<Item> withNull = new ArrayList<>();
        withNull.add(null);
        refusedNaming(() -> pkg(withNull, List.of(), List.of()), "CFItems");
        refusedNaming(() -> new CasePackage(null, List.of(), List.of(), List.of()), "CFDocument");
    }

    @Test
    void derived_identifiers_are_stable_uuids_per_kind_and_key() {
        assertThat(CaseIdentifiers.derived("scale", "default")).isEqualTo(CaseIdentifiers.derived("scale", "default"))
                .isNotEqualTo(CaseIdentifiers.derived("competency", "default"));
        assertThat(org.lmskit.core.id.Uuids.canonical("f", CaseIdentifiers.derived("scale", "default")))
                .isEqualTo(CaseIdentifiers.derived("scale", "default"));
    }

    @Test
    void a_package_holds_at_most_five_thousand_associations_a_hundred_rubrics_and_a_thousand_criteria() {
        List<Association> associations = new ArrayList<>();
        for (int i = 1; i <= CasePackage.MAX_ASSOCIATIONS + 1; i++) {
            associations.add(new Association(id(10_000 + i), "isRelatedTo", id(1), id(20_000 + i), Optional.empty()));
        }
        assertThat(pkg(List.of(item(1, "A")), associations.subList(0, CasePackage.MAX_ASSOCIATIONS), List.of())
                .associations()).hasSize(CasePackage.MAX_ASSOCIATIONS);
        refusedNaming(() -> pkg(List.of(item(1, "A")), associations, List.of()), "CFAssociations");

        List<Rubric> rubrics = new ArrayList<>();
        for (int r = 1; r <= CasePackage.MAX_RUBRICS + 1; r++) {
            rubrics.add(new Rubric(id(30_000 + r), "r", "", List.of(new Criterion(id(40_000 + r), Optional.empty(),
                    levels("1", "2")))));
        }
        assertThat(pkg(List.of(), List.of(), rubrics.subList(0, CasePackage.MAX_RUBRICS)).rubrics())
                .hasSize(CasePackage.MAX_RUBRICS);
        refusedNaming(() -> pkg(List.of(), List.of(), rubrics), "CFRubrics");

        // 1,000 criteria in all across two rubrics pass, one more is refused
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 1; c <= CasePackage.MAX_CRITERIA + 1; c++) {
            criteria.add(new Criterion(id(50_000 + c), Optional.empty(), levels("1", "2")));
        }
        Rubric first = new Rubric(id(60_001), "r", "", criteria.subList(0, 500));
        assertThat(pkg(List.of(), List.of(), List.of(first, new Rubric(id(60_002), "s", "",
                criteria.subList(500, CasePackage.MAX_CRITERIA)))).rubrics()).hasSize(2);
        refusedNaming(() -> pkg(List.of(), List.of(), List.of(first, new Rubric(id(60_002), "s", "",
                criteria.subList(500, CasePackage.MAX_CRITERIA + 1)))), "CFRubrics");
        refusedNaming(() -> new Rubric(id(60_003), "r", "", criteria), "CFRubrics[" + id(60_003) + "].CFRubricCriteria");
    }

    @Test
    void notes_hold_at_most_ten_thousand_characters_and_the_last_change_lies_within_what_postgresql_holds() {
        assertThat(new Item(id(1), "x", "", "n".repeat(10_000)).notes()).hasSize(10_000);
        refusedNaming(() -> new Item(id(1), "x", "", "n".repeat(10_001)), "CFItems[" + id(1) + "].notes");
        assertThat(new Document(DOC, "t", "c", "", Optional.of(java.time.Instant.parse("9999-12-31T23:59:59Z")))
                .lastChange()).isPresent();
        refusedNaming(() -> new Document(DOC, "t", "c", "", Optional.of(java.time.Instant.parse("+10000-01-01T00:00:00Z"))),
                "CFDocument.lastChangeDateTime");
        refusedNaming(() -> new Document(DOC, "t", "c", "", Optional.of(java.time.Instant.parse("1899-12-31T23:59:59Z"))),
                "CFDocument.lastChangeDateTime");
    }
}
