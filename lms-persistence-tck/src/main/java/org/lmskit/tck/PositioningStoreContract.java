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
}
