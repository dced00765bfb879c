package org.lmskit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;

class JdbcSchemaTest {
    private static final String LATEST = "15";

    @Test
    void migrating_an_empty_database_creates_the_schema_and_migrating_again_changes_nothing() {
        DataSource database = Postgres.freshDatabase();

        JdbcStorage first = JdbcStorage.builder().dataSource(database).migrate(true).build();
        JdbcStorage second = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(first.schemaVersion()).isEqualTo(LATEST);
        assertThat(second.schemaVersion()).isEqualTo(LATEST);
        assertThat(second.capabilities().persistent()).isTrue();
        assertThat(second.capabilities().clustered()).isTrue();
    }

    @Test
    void without_migrate_an_unmigrated_database_is_refused_with_what_to_do() {
        DataSource database = Postgres.freshDatabase();

        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(database).build())
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("migrate(true)");
    }

    @Test
    void a_schema_newer_than_this_adapter_knows_is_refused() {
        DataSource database = Postgres.freshDatabase();
        JdbcStorage.builder().dataSource(database).migrate(true).build();
        Postgres.execute(database, """
                INSERT INTO lmskit_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                VALUES (100, '100', 'from a newer release', 'SQL', 'V100__newer.sql', 0, 'postgres', 1, true)""");

        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(database).migrate(true).build())
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("newer than version " + LATEST);
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(database).build())
                .isInstanceOf(SchemaVersionException.class);
    }

    @Test
    void versions_7_and_8_rewrite_the_name_keys_written_before_them_so_accent_free_search_finds_old_candidates() {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("6").load().migrate();
        // a candidate as version 6 stored it: keys lowered only
        Postgres.execute(database, """
                INSERT INTO lmskit_candidate (candidate_id, civility, last_name, first_name, last_name_key,
                    first_name_key, area, city, current_jobs, classification, classified_at, study_level, experience,
                    skill_themes, skill_names, skill_masteries, training_codes, training_links, situation,
                    situation_changed_on, submitted_by, documents, version)
                VALUES ('c1', 'MRS', 'ÉCOLE', 'Zoé', 'école', 'zoé', 'Alsace', 'Colmar', '{}', 'EMPLOYABLE',
                    '2026-01-01T00:00:00Z', 'BAC', 'LESS_THAN_1_YEAR', '{}', '{}', '{}', '{}', '{}', 'JOB_SEEKING',
                    '2026-01-01', 'partner', '{}', 1)""");

        JdbcStorage migrated = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(migrated.schemaVersion()).isEqualTo(LATEST);
        assertThat(migrated.candidates().search(nameContains("ecol")).items())
                .extracting(CandidateRecord::candidateId).containsExactly("c1");
        assertThat(migrated.candidates().search(nameContains("ZOE")).items()).hasSize(1);
        assertThat(migrated.candidates().search(nameContains("oé")).items()).as("two letters, from the grams")
                .hasSize(1);
        assertThat(migrated.candidates().search(nameContains("é")).items()).hasSize(1);
    }

    @Test
    void version_9_keeps_a_workshop_done_before_it_as_complete_with_every_step() {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("8").load().migrate();
        Postgres.execute(database, """
                INSERT INTO lmskit_achievement (learner_id, path_id, badges, workshops, version)
                VALUES ('alice', 'p', '{sourcing}', '{atelier-2,atelier-1}', 3), ('bob', 'p', '{}', '{}', 1)""");

        JdbcStorage migrated = JdbcStorage.builder().dataSource(database).migrate(true).build();

        AchievementRecord alice = migrated.achievements().find("alice", "p").orElseThrow();
        assertThat(alice.workshopSteps()).containsOnlyKeys("atelier-1", "atelier-2");
        assertThat(alice.workshopSteps().get("atelier-1")).containsExactlyInAnyOrder("INTRODUCTION_VIDEO_WATCHED",
                "INTRODUCTION_QUESTION_ANSWERED", "MAIN_VIDEO_WATCHED", "MAIN_QUESTIONS_ANSWERED", "CORRECTIONS_DONE",
                "CONCLUSION_VIDEO_WATCHED");
        assertThat(alice.version()).isEqualTo(3);
        assertThat(migrated.achievements().find("bob", "p").orElseThrow().workshopSteps()).isEmpty();
    }

    @Test
    void version_10_keeps_the_one_case_study_as_version_1_and_every_attempt_on_it() {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("9").load().migrate();
        Postgres.execute(database, """
                INSERT INTO lmskit_certification_path (path_id, certifying, mandatory_themes, required_workshops,
                    question_ids, question_prompts, question_points, version)
                VALUES ('p', true, '{sourcing}', 3, '{q1,q2}', '{"Rédigez l''annonce","Sourcez"}', '{5,2.5}', 4),
                       ('free', false, '{}', 0, '{}', '{}', '{}', 1);
                INSERT INTO lmskit_case_study (learner_id, path_id, status, answer_questions, answer_texts,
                    point_questions, point_values, review_requested, started_at, version)
                VALUES ('alice', 'p', 'IN_PROGRESS', '{q1}', '{"Mon annonce"}', '{}', '{}', false,
                    '2026-11-01T10:00:00Z', 2)""");

        JdbcStorage migrated = JdbcStorage.builder().dataSource(database).migrate(true).build();

        CertificationPathRecord path = migrated.certificationPaths().find("p").orElseThrow();
        assertThat(path.caseStudies()).extracting(CaseStudyVersionRecord::version).containsExactly(1);
        assertThat(path.currentCaseStudy().orElseThrow().questions()).extracting(CaseStudyQuestionRecord::questionId)
                .containsExactly("q1", "q2");
        assertThat(path.version()).isEqualTo(4);
        assertThat(migrated.certificationPaths().find("free").orElseThrow().caseStudies()).isEmpty();
        CaseStudyAttemptRecord alice = migrated.caseStudies().find("alice", "p").orElseThrow();
        assertThat(alice.caseStudyVersion()).isEqualTo(1);
        assertThat(alice.answers()).containsEntry("q1", "Mon annonce");
    }

    /** docs/jdbc.md: a host builds V12's index without blocking writes, then migrates; V12 keeps that index. */
    @Test
    void version_12_keeps_the_index_a_host_built_concurrently_beforehand_and_serves_latest_from_it() throws Exception {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("11").load().migrate();
        Postgres.execute(database, """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at)
                VALUES ('robert', 'C1', '2', 'MANAGER', 'manon', '2026-11-01T10:00:00Z'),
                       ('robert', 'C1', '4', 'MANAGER', 'manon', '2026-11-02T10:00:00Z')""");
        // auto-commit: CONCURRENTLY is refused inside a transaction
        Postgres.execute(database, "CREATE INDEX CONCURRENTLY IF NOT EXISTS lmskit_positioning_latest"
                + " ON lmskit_positioning (learner_id, competency_code, at DESC) INCLUDE (source)");

        JdbcStorage migrated = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(migrated.positionings().latest(new org.lmskit.spi.competency.PositioningQuery(
                java.util.Set.of("robert"), Optional.empty(), Optional.empty()), java.util.Set.of("MANAGER")))
                .extracting(org.lmskit.spi.competency.PositioningRecord::levelCode).containsExactly(Optional.of("4"));
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_indexes"
                     + " WHERE tablename = 'lmskit_positioning' AND indexname = 'lmskit_positioning_latest'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /**
     * V14 fills the heads of what V13 stored; afterwards the triggers keep them: an append older than the head is
     * not a head, a newer one replaces it, and a host's own SQL correction or erasure rebuilds the line.
     */
    @Test
    void version_14_fills_the_heads_of_the_stored_history_and_keeps_them_whatever_writes_the_table() throws Exception {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("13").load().migrate();
        Postgres.execute(database, """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at)
                VALUES ('robert', 'C1', '2', 'MANAGER', 'manon', '2026-11-01T10:00:00Z'),
                       ('robert', 'C1', '4', 'MANAGER', 'manon', '2026-11-02T10:00:00Z'),
                       ('robert', 'C1', '5', 'SELF', 'robert', '2026-11-03T10:00:00Z'),
                       ('robert', 'C2', '3', 'MANAGER', 'manon', '2026-11-02T10:00:00Z'),
                       ('robert', 'C2', NULL, 'MANAGER', 'marc', '2026-11-02T10:00:00Z')""");

        JdbcStorage migrated = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(heads(database)).containsExactly("C1 MANAGER 4", "C1 SELF 5", "C2 MANAGER -", "C2 MANAGER 3");
        Postgres.execute(database, """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at)
                VALUES ('robert', 'C1', '1', 'MANAGER', 'manon', '2026-10-01T10:00:00Z'),
                       ('robert', 'C2', '5', 'MANAGER', 'manon', '2026-11-05T10:00:00Z')""");
        assertThat(heads(database)).containsExactly("C1 MANAGER 4", "C1 SELF 5", "C2 MANAGER 5");
        Postgres.execute(database, "DELETE FROM lmskit_positioning WHERE level_code = '4'");
        Postgres.execute(database, "UPDATE lmskit_positioning SET at = '2026-12-01T10:00:00Z' WHERE level_code = '3'");
        assertThat(heads(database)).containsExactly("C1 MANAGER 2", "C1 SELF 5", "C2 MANAGER 3");
        assertThat(migrated.positionings().latest(new org.lmskit.spi.competency.PositioningQuery(
                java.util.Set.of("robert"), Optional.empty(), Optional.empty()), java.util.Set.of("MANAGER", "SELF")))
                .extracting(r -> r.competencyCode() + " " + r.levelCode().orElse("-")).containsExactly("C1 5", "C2 3");
        Postgres.execute(database, "TRUNCATE lmskit_positioning");
        assertThat(heads(database)).isEmpty();
    }

    /**
     * V15 packs the heads of each (learner, source): the upgrade drops what a race under V14 could leave (an older
     * head beside the newer one of its line) and packs the rest; from then on the packs follow every write, a host's
     * SQL included, and latest answers from them exactly what it answered from the history.
     */
    @Test
    void version_15_packs_the_heads_drops_what_a_v14_race_left_and_follows_every_write() throws Exception {
        DataSource database = Postgres.freshDatabase();
        SchemaMigrator.configuration(database).target("14").load().migrate();
        Postgres.execute(database, """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at, score, comment)
                VALUES ('robert', 'C1', '4', 'MANAGER', 'manon', '2026-11-02T10:00:00Z', NULL, NULL),
                       ('robert', 'C1', '3', 'EVALUATION', 'eve', '2026-11-02T10:00:00Z', 12.5, '~3:é😀 ok'),
                       ('dino', 'C2', NULL, 'MANAGER', 'manon', '1900-01-01T00:00:00Z', NULL, '')""");
        // what a lost race under V14 leaves: an older row of the same line beside the newer one
        Postgres.execute(database, """
                INSERT INTO lmskit_positioning_head (id, learner_id, competency_code, level_code, source, actor_id, at)
                VALUES (999, 'robert', 'C1', '1', 'MANAGER', 'manon', '2026-11-01T10:00:00Z')""");

        JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(heads(database)).containsExactly("C1 EVALUATION 3", "C1 MANAGER 4", "C2 MANAGER -");
        assertThat(packs(database)).containsExactly("dino MANAGER 1", "robert EVALUATION 1", "robert MANAGER 1");
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER", "EVALUATION"));
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER"));
        assertThat(storage.positionings().latest(new org.lmskit.spi.competency.PositioningQuery(
                java.util.Set.of("robert"), Optional.empty(), Optional.empty()), java.util.Set.of("EVALUATION")))
                .singleElement().satisfies(r -> {
                    assertThat(r.score()).contains(new java.math.BigDecimal("12.5"));
                    assertThat(r.comment()).contains("~3:é😀 ok");
                    assertThat(r.at()).isEqualTo(java.time.Instant.parse("2026-11-02T10:00:00Z"));
                });

        Postgres.execute(database, """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at)
                VALUES ('robert', 'C1', '5', 'MANAGER', 'manon', '2026-11-03T10:00:00.000001Z'),
                       ('robert', 'C1', '2', 'MANAGER', 'manon', '2026-10-01T10:00:00Z')""");
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER", "EVALUATION"));
        Postgres.execute(database, "UPDATE lmskit_positioning SET learner_id = 'dino' WHERE level_code = '5'");
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER", "EVALUATION"));
        Postgres.execute(database, "DELETE FROM lmskit_positioning WHERE learner_id = 'dino'");
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER", "EVALUATION"));
        assertThat(packs(database)).contains("dino MANAGER 0");
        Postgres.execute(database, "TRUNCATE lmskit_positioning");
        assertThat(packs(database)).isEmpty();
    }

    /**
     * Writers of one (learner, source) take turns on the pack's lock, so the heads hold exactly the newest rows of
     * each line. The race V14 lost: a writer appends an older positioning and holds its transaction open; another
     * appends a newer one of the same line meanwhile. Under V14 the second could not see the first's row to remove
     * it, and both stayed; now the second waits for the first to commit, then replaces its row.
     */
    @Test
    void a_writer_racing_an_open_transaction_on_the_same_line_leaves_exactly_the_heads() throws Exception {
        DataSource database = Postgres.freshDatabase();
        JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();
        java.time.Instant t0 = java.time.Instant.parse("2026-11-01T10:00:00Z");
        append(storage, "C2", t0); // the pack row exists before the race, as for any learner already positioned
        java.util.concurrent.CountDownLatch firstAppended = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> storage.transactions().inTransaction(() -> {
            append(storage, "C1", t0.plusSeconds(5));
            firstAppended.countDown();
            sleep(400); // still open while the second writes
        }));
        first.start();
        firstAppended.await();
        append(storage, "C1", t0.plusSeconds(10));
        first.join();

        assertThat(heads(database)).containsExactly("C1 MANAGER 3", "C2 MANAGER 3");
        assertLatestAsTheHistorySays(storage, java.util.Set.of("MANAGER"));
    }

    /** A pack a host broke by hand is reported as a store failure naming the pack and the place, not misread. */
    @Test
    void a_pack_broken_by_hand_is_refused_naming_the_pack() throws Exception {
        DataSource database = Postgres.freshDatabase();
        JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();
        append(storage, "C1", java.time.Instant.parse("2026-11-01T10:00:00Z"));
        org.lmskit.spi.competency.PositioningQuery robert = new org.lmskit.spi.competency.PositioningQuery(
                java.util.Set.of("robert"), Optional.empty(), Optional.empty());
        for (String broken : java.util.List.of("1:x", "2:1x", "1:-", "20:99999999999999999999", "99:1", "~", "12", "1:12:C1~5:manon1:1~", "2:C1")) {
            Postgres.execute(database, "UPDATE lmskit_positioning_pack SET heads = '" + broken + "'");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.positionings().latest(robert,
                    java.util.Set.of("MANAGER"))).as(broken).isInstanceOf(org.lmskit.spi.StoreException.class)
                    .hasMessageContaining("lmskit_positioning_pack of robert / MANAGER is malformed");
        }
    }

    private static void append(JdbcStorage storage, String code, java.time.Instant at) {
        storage.positionings().append(new org.lmskit.spi.competency.NewPositioningRecord("robert", code,
                Optional.of("3"), "MANAGER", "manon", at, Optional.empty(), Optional.empty()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** latest (read from the packs) equals the SPI's reference answer, computed from find (read from the history). */
    private static void assertLatestAsTheHistorySays(JdbcStorage storage, java.util.Set<String> sources) {
        org.lmskit.spi.competency.PositioningQuery everyone = new org.lmskit.spi.competency.PositioningQuery(
                java.util.Set.of("robert", "dino"), Optional.empty(), Optional.empty());
        assertThat(storage.positionings().latest(everyone, sources)).containsExactlyInAnyOrderElementsOf(
                org.lmskit.tck.PositioningStoreContract.reference(storage.positionings()).latest(everyone, sources));
    }

    /** Each pack as "learner source records". */
    private static java.util.List<String> packs(DataSource database) throws java.sql.SQLException {
        java.util.List<String> packs = new java.util.ArrayList<>();
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT learner_id, source, heads FROM lmskit_positioning_pack"
                     + " ORDER BY learner_id COLLATE \"C\", source COLLATE \"C\"")) {
            while (rs.next()) {
                // a record counted by its competency field: every code here is "C" and a digit, so "2:C1"
                packs.add(rs.getString(1) + " " + rs.getString(2) + " "
                        + java.util.regex.Pattern.compile("2:C\\d").matcher(rs.getString(3)).results().count());
            }
        }
        return packs;
    }

    private static java.util.List<String> heads(DataSource database) throws java.sql.SQLException {
        java.util.List<String> heads = new java.util.ArrayList<>();
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT competency_code, source, coalesce(level_code, '-')"
                     + " FROM lmskit_positioning_head ORDER BY competency_code COLLATE \"C\", source COLLATE \"C\","
                     + " coalesce(level_code, '-') COLLATE \"C\"")) {
            while (rs.next()) {
                heads.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return heads;
    }

    private static CandidateQuery nameContains(String fragment) {
        CandidateQuery all = CandidateQuery.all(PageRequest.first(10));
        return new CandidateQuery(all.areas(), Optional.of(fragment), all.currentJobs(), all.studyLevels(),
                all.experiences(), all.skillThemes(), all.masteries(), all.trainings(), all.trainingLinks(),
                all.classifications(), all.classifiedFrom(), all.classifiedBefore(), all.situationChangedFrom(),
                all.hideCardedBy(), all.page());
    }

    @Test
    void a_database_holding_tables_of_its_own_is_migrated_beside_them() {
        DataSource database = Postgres.freshDatabase();
        Postgres.execute(database, "CREATE TABLE host_users (id TEXT PRIMARY KEY)");

        JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(storage.gradingTables().find("p")).isEmpty();
    }

    @Test
    void the_builder_needs_exactly_one_connection_source() {
        assertThatThrownBy(() -> JdbcStorage.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(Postgres.freshDatabase()).jdbcUrl("jdbc:x").build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JdbcStorage.builder().maximumPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
