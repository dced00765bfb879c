package org.lmskit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcSchemaTest {

    @Test
    void migrating_an_empty_database_creates_the_schema_and_migrating_again_changes_nothing() {
        DataSource database = Postgres.freshDatabase();

        JdbcStorage first = JdbcStorage.builder().dataSource(database).migrate(true).build();
        JdbcStorage second = JdbcStorage.builder().dataSource(database).migrate(true).build();

        assertThat(first.schemaVersion()).isEqualTo("6");
        assertThat(second.schemaVersion()).isEqualTo("6");
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
                VALUES (100, '7', 'from a newer release', 'SQL', 'V7__newer.sql', 0, 'postgres', 1, true)""");

        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(database).migrate(true).build())
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("newer than version 6");
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(database).build())
                .isInstanceOf(SchemaVersionException.class);
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
