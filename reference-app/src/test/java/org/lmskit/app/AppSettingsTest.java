package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    @Test
    void defaults_to_port_7070_and_in_memory_storage() {
        AppSettings settings = AppSettings.parse(new String[0], Map.of());

        assertThat(settings.port()).isEqualTo(7070);
        assertThat(settings.embeddedPostgresDir()).isEmpty();
        assertThat(settings.jdbcUrl()).isEmpty();
    }

    @Test
    void the_port_comes_from_the_environment_and_the_command_line_wins() {
        assertThat(AppSettings.parse(new String[0], Map.of("LMSKIT_PORT", "8081")).port()).isEqualTo(8081);
        assertThat(AppSettings.parse(new String[] {"--port", "9090"}, Map.of("LMSKIT_PORT", "8081")).port())
                .isEqualTo(9090);
    }

    @Test
    void storage_options_are_read() {
        AppSettings embedded = AppSettings.parse(new String[] {"--embedded-postgres", "/tmp/lmskit-data"}, Map.of());
        AppSettings jdbc = AppSettings.parse(new String[0], Map.of("LMSKIT_JDBC_URL", "jdbc:postgresql://db/lms",
                "LMSKIT_JDBC_USER", "lms", "LMSKIT_JDBC_PASSWORD", "secret"));

        assertThat(embedded.embeddedPostgresDir()).contains(Path.of("/tmp/lmskit-data"));
        assertThat(jdbc.jdbcUrl()).contains("jdbc:postgresql://db/lms");
        assertThat(jdbc.jdbcUser()).contains("lms");
        assertThat(jdbc.jdbcPassword()).contains("secret");
    }

    @Test
    void the_xapi_file_comes_from_the_environment_and_the_command_line_wins() {
        assertThat(AppSettings.parse(new String[0], Map.of()).xapiFile()).isEmpty();
        assertThat(AppSettings.parse(new String[0], Map.of("LMSKIT_XAPI_FILE", "/tmp/env.jsonl")).xapiFile())
                .contains(java.nio.file.Path.of("/tmp/env.jsonl"));
        assertThat(AppSettings.parse(new String[] {"--xapi-file", "/tmp/arg.jsonl"},
                Map.of("LMSKIT_XAPI_FILE", "/tmp/env.jsonl")).xapiFile()).contains(java.nio.file.Path.of("/tmp/arg.jsonl"));
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--xapi-file"}, Map.of()))
                .hasMessageContaining("needs a value");
    }

    @Test
    void bad_options_are_refused_with_a_message() {
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessageContaining("--port must be a port number");
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--port", "70000"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> AppSettings.parse(new String[0], Map.of("LMSKIT_PORT", "x")))
                .hasMessageContaining("LMSKIT_PORT");
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--port"}, Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--verbose"}, Map.of())).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> AppSettings.parse(new String[] {"--embedded-postgres", "/d"},
                Map.of("LMSKIT_JDBC_URL", "jdbc:postgresql://x/y"))).hasMessageContaining("choose one storage");
    }
}
