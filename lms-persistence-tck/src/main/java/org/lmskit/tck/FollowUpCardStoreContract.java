package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.RecruitmentFixtures.candidate;
import static org.lmskit.tck.RecruitmentFixtures.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.CardSort;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import org.lmskit.spi.recruitment.RecruitmentRecord;
import org.lmskit.spi.recruitment.SkillRecord;

/**
 * The contract every adapter's {@code FollowUpCardStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class FollowUpCardStoreContract extends StorageContract {

    private FollowUpCardStore cards() {
        return storage.followUpCards();
    }

    private static CardQuery query(String company) {
        return CardQuery.ofCompany(company, PageRequest.first(50));
    }

    private List<String> ids(CardQuery query) {
        return cards().search(query).items().stream().map(FollowUpCardRecord::cardId).toList();
    }

    private void seedCandidates() {
        storage.candidates().insert(candidate("delean", "DELEAN", "Julien").jobs("Architecte logiciel")
                .skills(new SkillRecord("TECH_NETWORK", "VPN", "EXPERIENCED")).build());
        storage.candidates().insert(candidate("mbarki", "MBARKI", "Sofiane").jobs("Conseiller hotline")
                .classification("ADAPTABLE", at(0)).skills(new SkillRecord("SUPPORT_DEVICES", "Imprimantes", "BEGINNER"))
                .build());
        storage.candidates().insert(candidate("hatterer", "HATTERER", "Pierre").area("Alsace / Haut-Rhin").build());
    }

    @Test
    void a_card_round_trips_with_its_recruitment_follow_up() {
        FollowUpCardRecord card = new FollowUpCardRecord("k1", "divalto", "delean", "Monsieur DELEAN Julien", "camille",
                "RECRUITMENT", "RECRUITED_TRIAL", List.of("CV_ANALYSIS", "HR_INTERVIEW"), true, Optional.of("vu le 3/5"),
                List.of(), Optional.of(new RecruitmentRecord(LocalDate.of(2019, 6, 1), "FIXED_TERM",
                        Optional.of(LocalDate.of(2019, 12, 31)), "TRIAL_PERIOD")),
                at(0), at(10), "camille", Optional.of(at(500)), 0);

        FollowUpCardRecord stored = cards().insert(card);

        assertThat(stored).isEqualTo(card.withVersion(1));
        assertThat(cards().find("k1")).contains(stored);
        assertThat(cards().findByCandidate("divalto", "delean")).contains(stored);
        assertThat(cards().findByCandidate("other", "delean")).isEmpty();
    }

    @Test
    void one_card_per_company_and_candidate() {
        cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100)));

        assertThatThrownBy(() -> cards().insert(card("k2", "divalto", "delean", "luc", "STUDY_IN_PROGRESS", at(0), null)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(cards().insert(card("k3", "other", "delean", "luc", "STUDY_IN_PROGRESS", at(0), null)).version())
                .isEqualTo(1);
    }

    @RepeatedTest(3)
    void two_recruiters_racing_to_card_one_candidate_make_one_card() {
        long won = Race.successfulWrites(4, () -> cards().insert(card("k-" + Thread.currentThread().getId(), "divalto",
                "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100))));

        assertThat(won).isEqualTo(1);
    }

    @Test
    void a_stale_update_never_overwrites() {
        FollowUpCardRecord v1 = cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0),
                at(100)));
        FollowUpCardRecord v2 = cards().update(card("k1", "divalto", "delean", "camille", "POOL", at(0), at(900))
                .withVersion(1));

        assertThatThrownBy(() -> cards().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(cards().find("k1")).contains(v2);
    }

    @Test
    void a_card_never_moves_to_another_company_candidate_or_creator() {
        FollowUpCardRecord v1 = cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0),
                at(100)));

        assertThatThrownBy(() -> cards().update(card("k1", "other", "delean", "camille", "POOL", at(0), null)
                .withVersion(1))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> cards().update(card("k1", "divalto", "mbarki", "camille", "POOL", at(0), null)
                .withVersion(1))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> cards().update(card("k1", "divalto", "delean", "luc", "POOL", at(0), null)
                .withVersion(1))).isInstanceOf(StaleVersionException.class);
        assertThat(cards().find("k1")).contains(v1);
    }

    @Test
    void overdue_means_due_strictly_before_now_for_the_recruiter_in_the_company() {
        cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100)));
        cards().insert(card("k2", "divalto", "mbarki", "camille", "NOT_RETAINED", at(0), null));
        cards().insert(card("k3", "other", "hatterer", "camille", "STUDY_IN_PROGRESS", at(0), at(10)));

        assertThat(cards().hasOverdue("divalto", "camille", at(100))).isFalse();
        assertThat(cards().hasOverdue("divalto", "camille", at(101))).isTrue();
        assertThat(cards().hasOverdue("divalto", "luc", at(101))).isFalse();
        assertThat(cards().hasOverdue("' OR '1'='1", "camille", at(999))).isFalse();
    }

    @Test
    void a_search_stays_inside_its_company() {
        cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100)));
        cards().insert(card("k2", "other", "delean", "luc", "STUDY_IN_PROGRESS", at(0), at(100)));

        assertThat(ids(query("divalto"))).containsExactly("k1");
        assertThat(ids(query("' OR '1'='1"))).isEmpty();
    }

    @Test
    void card_criteria_all_hold_and_values_inside_one_are_alternatives() {
        seedCandidates();
        cards().insert(withActions(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100)),
                "CV_ANALYSIS", "HR_INTERVIEW"));
        cards().insert(card("k2", "divalto", "mbarki", "luc", "POOL", at(10), at(50)));
        cards().insert(nonResponding(card("k3", "divalto", "hatterer", "camille", "NOT_RETAINED", at(20), null)));

        assertThat(ids(q("divalto").statuses("STUDY_IN_PROGRESS", "POOL").build())).containsExactlyInAnyOrder("k1", "k2");
        assertThat(ids(q("divalto").createdBy("camille").statuses("STUDY_IN_PROGRESS", "POOL").build()))
                .containsExactly("k1");
        assertThat(ids(q("divalto").actions("HR_INTERVIEW", "OTHER").build())).containsExactly("k1");
        assertThat(ids(q("divalto").nonResponse(true).build())).containsExactly("k3");
        assertThat(ids(q("divalto").nonResponse(false).build())).containsExactlyInAnyOrder("k1", "k2");
        assertThat(ids(q("divalto").results("NONE_STUDY_IN_PROGRESS").createdFrom(at(10)).build()))
                .containsExactlyInAnyOrder("k2", "k3");
        assertThat(ids(q("divalto").dueBefore(at(100)).build())).containsExactly("k2");
    }

    @Test
    void candidate_criteria_join_the_pool() {
        seedCandidates();
        cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(100)));
        cards().insert(card("k2", "divalto", "mbarki", "luc", "POOL", at(10), at(50)));
        cards().insert(card("k3", "divalto", "hatterer", "camille", "NOT_RETAINED", at(20), null));

        assertThat(ids(q("divalto").areas("Alsace / Haut-Rhin").build())).containsExactly("k3");
        assertThat(ids(q("divalto").name("mba").build())).containsExactly("k2");
        assertThat(ids(q("divalto").name("pie").build())).containsExactly("k3");
        assertThat(ids(q("divalto").jobs("Architecte logiciel", "Conseiller hotline").build()))
                .containsExactlyInAnyOrder("k1", "k2");
        assertThat(ids(q("divalto").classifications("ADAPTABLE").build())).containsExactly("k2");
        assertThat(ids(q("divalto").themes("TECH_NETWORK").masteries("BEGINNER").build())).isEmpty();
        assertThat(ids(q("divalto").themes("TECH_NETWORK").masteries("EXPERIENCED").build())).containsExactly("k1");
        for (String hostile : HOSTILE_TEXT) {
            assertThat(ids(q("divalto").name(hostile).areas(hostile).jobs(hostile).build())).isEmpty();
        }
    }

    @Test
    void sorting_by_created_or_due_either_way_with_undated_cards_last() {
        cards().insert(card("k1", "divalto", "delean", "camille", "STUDY_IN_PROGRESS", at(0), at(300)));
        cards().insert(card("k2", "divalto", "mbarki", "camille", "POOL", at(10), at(100)));
        cards().insert(card("k3", "divalto", "hatterer", "camille", "NOT_RETAINED", at(20), null));

        assertThat(ids(q("divalto").sort(CardSort.CREATED, SortDirection.DESCENDING).build()))
                .containsExactly("k3", "k2", "k1");
        assertThat(ids(q("divalto").sort(CardSort.CREATED, SortDirection.ASCENDING).build()))
                .containsExactly("k1", "k2", "k3");
        assertThat(ids(q("divalto").sort(CardSort.DUE, SortDirection.ASCENDING).build()))
                .containsExactly("k2", "k1", "k3");
        assertThat(ids(q("divalto").sort(CardSort.DUE, SortDirection.DESCENDING).build()))
                .containsExactly("k1", "k2", "k3");
    }

    @Test
    void pages_count_every_match() {
        for (int i = 0; i < 5; i++) {
            cards().insert(card("k" + i, "divalto", "cand" + i, "camille", "POOL", at(i), at(100)));
        }

        Page<FollowUpCardRecord> page = cards().search(q("divalto").sort(CardSort.CREATED, SortDirection.ASCENDING)
                .page(3, 10).build());
        Page<FollowUpCardRecord> beyond = cards().search(q("divalto").page(10, 10).build());

        assertThat(page.items()).extracting(FollowUpCardRecord::cardId).containsExactly("k3", "k4");
        assertThat(page.total()).isEqualTo(5);
        assertThat(beyond.total()).isEqualTo(5);
    }

    private static FollowUpCardRecord withActions(FollowUpCardRecord c, String... actions) {
        return new FollowUpCardRecord(c.cardId(), c.companyId(), c.candidateId(), c.title(), c.createdBy(), c.result(),
                c.status(), List.of(actions), c.nonResponse(), c.comment(), c.rejectionCauses(), c.recruitment(),
                c.createdAt(), c.updatedAt(), c.updatedBy(), c.dueAt(), c.version());
    }

    private static FollowUpCardRecord nonResponding(FollowUpCardRecord c) {
        return new FollowUpCardRecord(c.cardId(), c.companyId(), c.candidateId(), c.title(), c.createdBy(), c.result(),
                c.status(), c.actions(), true, c.comment(), c.rejectionCauses(), c.recruitment(), c.createdAt(),
                c.updatedAt(), c.updatedBy(), c.dueAt(), c.version());
    }

    private static QueryBuilder q(String company) {
        return new QueryBuilder(company);
    }

    /** Builds portfolio queries one criterion at a time. */
    private static final class QueryBuilder {
        private final String company;
        private Set<String> areas = Set.of();
        private Optional<String> name = Optional.empty();
        private Set<String> createdBy = Set.of();
        private Set<String> jobs = Set.of();
        private Set<String> classifications = Set.of();
        private Set<String> statuses = Set.of();
        private Set<String> results = Set.of();
        private Set<String> actions = Set.of();
        private Optional<Boolean> nonResponse = Optional.empty();
        private Set<String> themes = Set.of();
        private Set<String> masteries = Set.of();
        private Optional<java.time.Instant> createdFrom = Optional.empty();
        private Optional<java.time.Instant> dueBefore = Optional.empty();
        private CardSort sort = CardSort.CREATED;
        private SortDirection direction = SortDirection.DESCENDING;
        private PageRequest page = PageRequest.first(50);

        QueryBuilder(String company) { this.company = company; }
        QueryBuilder areas(String... v) { areas = Set.of(v); return this; }
        QueryBuilder name(String v) { name = Optional.of(v); return this; }
        QueryBuilder createdBy(String... v) { createdBy = Set.of(v); return this; }
        QueryBuilder jobs(String... v) { jobs = Set.of(v); return this; }
        QueryBuilder classifications(String... v) { classifications = Set.of(v); return this; }
        QueryBuilder statuses(String... v) { statuses = Set.of(v); return this; }
        QueryBuilder results(String... v) { results = Set.of(v); return this; }
        QueryBuilder actions(String... v) { actions = Set.of(v); return this; }
        QueryBuilder nonResponse(boolean v) { nonResponse = Optional.of(v); return this; }
        QueryBuilder themes(String... v) { themes = Set.of(v); return this; }
        QueryBuilder masteries(String... v) { masteries = Set.of(v); return this; }
        QueryBuilder createdFrom(java.time.Instant v) { createdFrom = Optional.of(v); return this; }
        QueryBuilder dueBefore(java.time.Instant v) { dueBefore = Optional.of(v); return this; }
        QueryBuilder sort(CardSort s, SortDirection d) { sort = s; direction = d; return this; }
        QueryBuilder page(int offset, int limit) { page = new PageRequest(offset, limit); return this; }

        CardQuery build() {
            return new CardQuery(company, areas, name, createdBy, jobs, classifications, statuses, results, actions,
                    nonResponse, themes, masteries, createdFrom, dueBefore, sort, direction, page);
        }
    }
}
