package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;

/**
 * The contract every adapter's {@code PositioningStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class PositioningStoreContract extends StorageContract {

    private PositioningStore positionings() {
        return storage.positionings();
    }

    private PositioningRecord append(String learner, String code, String level, Instant at) {
        return positionings().append(new NewPositioningRecord(learner, code, Optional.ofNullable(level), "MANAGER", "marc",
                at, Optional.of(new BigDecimal("72.5")), Optional.of("Bon niveau")));
    }

    @Test
    void a_positioning_keeps_every_field_including_not_applicable() {
        PositioningRecord stored = append("robert", "C1", "4", at(0));
        PositioningRecord notApplicable = append("robert", "C2", null, at(1));

        assertThat(positionings().find(new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty())))
                .containsExactly(stored, notApplicable);
        assertThat(notApplicable.levelCode()).isEmpty();
    }

    /**
     * The edges of what lms-core accepts (docs/domains.md) read back exactly on every adapter: the first and
     * last instants of years 1900 and 9999 at microsecond precision, a 10,000-character paragraph of any
     * Unicode with line breaks and tabs, scores at the edges of 0-100 with their scale.
     */
    @Test
    void the_edges_of_the_input_domains_read_back_exactly() {
        Instant first = Instant.parse("1900-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");
        String unit = "Ça déménage\t😀 ‮e\u0301\uFEFF'; DROP TABLE x; --\r\n\\u0000 日本語 ";
        String cut = unit.repeat(10_000 / unit.length() + 1).substring(0, 10_000);
        String paragraph = Character.isHighSurrogate(cut.charAt(cut.length() - 1))
                ? cut.substring(0, cut.length() - 1) + "." : cut;
        List<PositioningRecord> written = new ArrayList<>();
        for (String score : List.of("0", "0.01", "100.00", "42.5")) {
            for (Instant at : List.of(first, last)) {
                written.add(positionings().append(new NewPositioningRecord("edge", "C-" + score, Optional.of("3"),
                        "OBSERVATION", "theo", at, Optional.of(new BigDecimal(score)), Optional.of(paragraph))));
            }
        }

        List<PositioningRecord> read = positionings().find(new PositioningQuery(Set.of("edge"), Optional.empty(),
                Optional.empty()));
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        assertThat(read).allSatisfy(r -> {
            assertThat(r.comment()).contains(paragraph);
            assertThat(r.at()).isIn(first, last);
        });
        assertThat(read).extracting(r -> r.score().orElseThrow().toPlainString())
                .containsOnly("0", "0.01", "100.00", "42.5");
    }

    @Test
    void a_team_window_is_read_in_one_call_inclusive_at_both_ends_grouped_by_learner_in_time_order() {
        append("robert", "C1", "2", at(0));
        PositioningRecord robertLate = append("robert", "C2", "4", at(20));
        PositioningRecord from = append("dino", "C1", "3", at(10));
        PositioningRecord inside = append("robert", "C1", "4", at(15));
        append("robert", "C2", "5", at(21));
        append("other", "C1", "5", at(15));

        List<PositioningRecord> found = positionings().find(new PositioningQuery(Set.of("robert", "dino"),
                Optional.of(at(10)), Optional.of(at(20))));

        assertThat(found).containsExactlyInAnyOrder(from, inside, robertLate);
        List<PositioningRecord> robert = found.stream().filter(p -> p.learnerId().equals("robert")).toList();
        assertThat(robert).containsExactly(inside, robertLate);
        int first = found.indexOf(inside);
        assertThat(found.indexOf(robertLate)).isEqualTo(first + 1);
    }

    @Test
    void history_comes_newest_first_and_paged() {
        PositioningRecord first = append("robert", "C1", "2", at(0));
        PositioningRecord second = append("robert", "C1", "3", at(5));
        PositioningRecord third = append("robert", "C2", "4", at(5));

        assertThat(positionings().history("robert", new PageRequest(0, 2)).items()).containsExactly(third, second);
        assertThat(positionings().history("robert", new PageRequest(2, 2)).items()).containsExactly(first);
        assertThat(positionings().history("robert", new PageRequest(0, 2)).total()).isEqualTo(3);
        assertThat(positionings().history("' OR '1'='1", PageRequest.first(5)).total()).isZero();
    }

    @RepeatedTest(3)
    void racing_appends_lose_nothing() {
        List<List<Long>> ids = Race.run(4, () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                mine.add(append("robert", "C" + i, "3", at(i)).id());
            }
            return mine;
        });

        Set<Long> distinct = new HashSet<>();
        ids.forEach(distinct::addAll);
        assertThat(distinct).hasSize(100);
        assertThat(positionings().history("robert", PageRequest.first(1)).total()).isEqualTo(100);
    }

    /**
     * Writers racing on the same lines, each in its own transaction and out of time order: whatever the
     * interleaving, latest answers what the history says (an adapter that keeps the newest of each line aside
     * must not lose one to a race).
     */
    @RepeatedTest(3)
    void racing_appends_to_the_same_lines_keep_latest_equal_to_the_history() {
        Race.run(4, () -> {
            java.util.Random random = new java.util.Random();
            for (int i = 0; i < 25; i++) {
                append("robert", "C" + random.nextInt(2), String.valueOf(1 + random.nextInt(5)),
                        random.nextBoolean() ? "MANAGER" : "EVALUATION", at(random.nextInt(10)));
            }
            return null;
        });

        PositioningQuery robert = new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty());
        List<PositioningRecord> history = positionings().find(robert);
        List<PositioningRecord> expected = new ArrayList<>();
        for (String code : List.of("C0", "C1")) {
            Instant newest = history.stream().filter(r -> r.competencyCode().equals(code)).map(PositioningRecord::at)
                    .max(Instant::compareTo).orElseThrow();
            history.stream().filter(r -> r.competencyCode().equals(code) && r.at().equals(newest)).forEach(expected::add);
        }
        assertThat(positionings().latest(robert, Set.of("MANAGER", "EVALUATION")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private PositioningRecord append(String learner, String code, String level, String source, Instant at) {
        return positionings().append(new NewPositioningRecord(learner, code, Optional.ofNullable(level), source, "marc",
                at, Optional.empty(), Optional.empty()));
    }

    @Test
    void latest_keeps_per_learner_and_competency_the_newest_of_the_sources_asked_ties_included() {
        append("robert", "C1", "2", "MANAGER", at(0));
        PositioningRecord c1 = append("robert", "C1", "4", "EVALUATION", at(10));
        append("robert", "C1", "5", "SELF", at(20));
        PositioningRecord tiedA = append("robert", "C2", "3", "MANAGER", at(5));
        PositioningRecord tiedB = append("robert", "C2", null, "OBSERVATION", at(5));
        append("robert", "C2", "1", "MANAGER", at(4));
        PositioningRecord dino = append("dino", "C1", "3", "MANAGER", at(7));
        append("other", "C1", "5", "MANAGER", at(15));

        List<PositioningRecord> latest = positionings().latest(new PositioningQuery(Set.of("robert", "dino"),
                Optional.empty(), Optional.empty()), Set.of("MANAGER", "EVALUATION", "OBSERVATION"));

        assertThat(latest).containsExactlyInAnyOrder(c1, tiedA, tiedB, dino);
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty()),
                Set.of("SELF"))).extracting(PositioningRecord::levelCode).containsExactly(Optional.of("5"));
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty()),
                Set.of())).isEmpty();
        assertThat(positionings().latest(new PositioningQuery(Set.of(), Optional.empty(), Optional.empty()),
                Set.of("MANAGER"))).isEmpty();
    }

    @Test
    void latest_refuses_a_missing_query_or_sources_by_name() {
        PositioningQuery robert = new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> positionings().latest(null, Set.of("MANAGER")))
                .isInstanceOf(NullPointerException.class).hasMessage("query");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> positionings().latest(robert, null))
                .isInstanceOf(NullPointerException.class).hasMessage("sources");
    }

    @Test
    void latest_looks_only_inside_the_window_both_ends_included() {
        PositioningRecord first = append("robert", "C1", "2", "MANAGER", at(10));
        PositioningRecord second = append("robert", "C1", "3", "MANAGER", at(20));
        append("robert", "C1", "4", "MANAGER", at(30));
        append("robert", "C2", "4", "MANAGER", at(5));

        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(10)), Optional.of(at(20))),
                Set.of("MANAGER"))).containsExactly(second);
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(10)), Optional.of(at(19))),
                Set.of("MANAGER"))).containsExactly(first);
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(31)), Optional.empty()),
                Set.of("MANAGER"))).isEmpty();
        // open at its end (what V15's packs and the in-memory heads answer): the start is included, to the microsecond
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(30)), Optional.empty()),
                Set.of("MANAGER"))).extracting(PositioningRecord::at).containsExactly(at(30));
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(30).plusNanos(1_000)),
                Optional.empty()), Set.of("MANAGER"))).isEmpty();
        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.of(at(5)), Optional.empty()),
                Set.of("MANAGER"))).extracting(PositioningRecord::at).containsExactlyInAnyOrder(at(30), at(5));
    }

    @Test
    void a_rolled_back_append_is_in_neither_find_nor_latest() {
        PositioningRecord kept = append("robert", "C1", "3", "MANAGER", at(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            append("robert", "C1", "5", "MANAGER", at(20));
            append("robert", "C9", "5", "MANAGER", at(20));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        PositioningQuery robert = new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty());
        assertThat(positionings().find(robert)).containsExactly(kept);
        assertThat(positionings().latest(robert, Set.of("MANAGER"))).containsExactly(kept);
        PositioningRecord later = append("robert", "C1", "4", "MANAGER", at(30));
        assertThat(positionings().latest(robert, Set.of("MANAGER"))).containsExactly(later);
    }

    /**
     * latest hands back every field as appended, whatever the characters of the texts (separators, digits, line
     * breaks, characters outside the BMP), the digits of the score and the instant at either end of lmskit's range.
     */
    @Test
    void latest_hands_back_every_field_as_appended() {
        String comment = "~3:ok 12: é\n\t😀 " + "x".repeat(2_000);
        List<PositioningRecord> appended = List.of(
                positionings().append(new NewPositioningRecord("robert", "C:1~", Optional.of("4"), "MANAGER", "m:~2",
                        Instant.parse("1900-01-01T00:00:00Z"), Optional.of(new java.math.BigDecimal("-12.500")),
                        Optional.of(comment))),
                positionings().append(new NewPositioningRecord("robert", "C2", Optional.empty(), "MANAGER", "😀",
                        Instant.parse("9999-12-31T23:59:59.999999Z"), Optional.of(new java.math.BigDecimal("123456.123456")),
                        Optional.of(""))),
                positionings().append(new NewPositioningRecord("robert", "C3", Optional.of("1"), "EVALUATION", "eve",
                        Instant.parse("2026-06-30T12:34:56.000001Z"), Optional.empty(), Optional.empty())));

        assertThat(positionings().latest(new PositioningQuery(Set.of("robert"), Optional.empty(), Optional.empty()),
                Set.of("MANAGER", "EVALUATION"))).containsExactlyInAnyOrderElementsOf(appended);
    }

    /** The adapter's own answer equals the SPI's reference answer computed from {@code find}, on random histories. */
    @Test
    void latest_agrees_with_the_reference_answer_from_find_on_random_histories() {
        java.util.Random random = new java.util.Random(20261206);
        List<String> sources = List.of("MANAGER", "SELF", "EVALUATION", "OBSERVATION", "SUPERVISOR");
        Set<String> learners = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            String learner = "l" + random.nextInt(12);
            learners.add(learner);
            append(learner, "C" + random.nextInt(4), random.nextInt(6) == 0 ? null : String.valueOf(1 + random.nextInt(5)),
                    sources.get(random.nextInt(sources.size())), at(random.nextInt(40)));
        }
        PositioningStore reference = reference(positionings());
        for (int round = 0; round < 20; round++) {
            Set<String> asked = new HashSet<>();
            for (String source : sources) {
                if (random.nextBoolean()) {
                    asked.add(source);
                }
            }
            Set<String> some = new HashSet<>();
            for (String learner : learners) {
                if (random.nextInt(3) > 0) {
                    some.add(learner);
                }
            }
            int a = random.nextInt(45);
            int b = random.nextInt(45);
            PositioningQuery query = new PositioningQuery(some, random.nextBoolean() ? Optional.empty()
                    : Optional.of(at(Math.min(a, b))), random.nextBoolean() ? Optional.empty() : Optional.of(at(Math.max(a, b))));
            List<PositioningRecord> latest = positionings().latest(query, asked);
            assertThat(latest).as("round %d", round).containsExactlyInAnyOrderElementsOf(reference.latest(query, asked));
            assertGroupedByLearner(latest);
        }
    }

    /**
     * Questions asked between writes, the same ones again and again: each answer reflects every append before it,
     * and none rolled back, even one the rolled-back transaction asked about itself (an adapter that keeps answers
     * or heads aside must drop them on each write and each rollback).
     */
    @Test
    void latest_asked_between_appends_and_rollbacks_answers_what_is_stored_each_time() {
        java.util.Random random = new java.util.Random(20261207);
        Set<String> validating = Set.of("MANAGER", "EVALUATION");
        PositioningQuery open = new PositioningQuery(Set.of("robert", "dino"), Optional.empty(), Optional.empty());
        PositioningQuery fromTen = new PositioningQuery(Set.of("robert", "dino"), Optional.of(at(10)), Optional.empty());
        for (int step = 0; step < 60; step++) {
            String learner = random.nextBoolean() ? "robert" : "dino";
            String code = "C" + random.nextInt(3);
            String source = List.of("MANAGER", "EVALUATION", "SELF").get(random.nextInt(3));
            Instant at = at(random.nextInt(20));
            if (random.nextInt(4) == 0) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
                    PositioningRecord doomed = append(learner, code, "5", source, at(25));
                    if (validating.contains(source)) {
                        assertThat(positionings().latest(open, validating)).contains(doomed);
                    }
                    throw new IllegalStateException("rolled back");
                })).hasMessage("rolled back");
            } else {
                append(learner, code, String.valueOf(1 + random.nextInt(5)), source, at);
            }
            for (PositioningQuery query : List.of(open, fromTen)) {
                assertThat(positionings().latest(query, validating)).as("step %d, %s", step, query)
                        .containsExactlyInAnyOrderElementsOf(reference(positionings()).latest(query, validating));
            }
        }
    }

    /**
     * The reference answer to {@link PositioningStore#latest}: the SPI's default, computed from {@code store}'s
     * {@code find} (an adapter's own {@code latest} is held to it). Public for an adapter's own tests.
     */
    public static PositioningStore reference(PositioningStore store) {
        return new PositioningStore() {
            @Override
            public PositioningRecord append(NewPositioningRecord positioning) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<PositioningRecord> find(PositioningQuery query) {
                return store.find(query);
            }

            @Override
            public org.lmskit.spi.Page<PositioningRecord> history(String learnerId, PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static void assertGroupedByLearner(List<PositioningRecord> records) {
        Set<String> done = new HashSet<>();
        String current = null;
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(current)) {
                assertThat(done.add(record.learnerId())).as("%s's records are contiguous", record.learnerId()).isTrue();
                current = record.learnerId();
            }
        }
    }
}
