package org.lmskit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmskit.tck.RecruitmentFixtures;

/**
 * Seed 004's name search on PostgreSQL is served from an index: the condition the adapter writes for a fragment
 * of three characters or more is one the trigram indexes answer, and for one or two characters one the grams
 * index answers. Sequential scans are switched off for the check, so the plan shows whether an index can serve
 * the query at all, whatever the planner would pick on this small table.
 */
class JdbcNameSearchIndexTest {
    private static DataSource database;

    @BeforeAll
    static void candidates() {
        database = Postgres.freshDatabase();
        JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();
        String[] last = {"CORBE", "POLMAN", "FRANCOEUR", "DELEAN", "HATTERER"};
        String[] first = {"Jean François", "Nicolas", "Zoé", "Anaïs", "Pierre"};
        storage.transactions().inTransaction(() -> {
            for (int i = 0; i < 500; i++) {
                storage.candidates().insert(RecruitmentFixtures.candidate("c" + i, last[i % 5] + i, first[i % 5])
                        .build());
            }
            return null;
        });
        Postgres.execute(database, "ANALYZE lmskit_candidate");
    }

    private static String plan(String fragment) throws Exception {
        Where where = new Where().nameContains("c", Optional.of(fragment));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            try (PreparedStatement explain = c.prepareStatement(
                    "EXPLAIN SELECT count(*) FROM lmskit_candidate c" + where.sql())) {
                where.bind(explain);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        }
    }

    @Test
    void a_fragment_of_three_characters_or_more_is_served_by_the_trigram_indexes() throws Exception {
        assertThat(plan("FRANÇ")).contains("lmskit_candidate_last_name_trgm", "lmskit_candidate_first_name_trgm")
                .doesNotContain("Seq Scan");
    }

    @Test
    void a_fragment_of_one_or_two_characters_is_served_by_the_grams_index() throws Exception {
        assertThat(plan("co")).contains("lmskit_candidate_name_grams").doesNotContain("Seq Scan");
        assertThat(plan("é")).contains("lmskit_candidate_name_grams").doesNotContain("Seq Scan");
    }
}
