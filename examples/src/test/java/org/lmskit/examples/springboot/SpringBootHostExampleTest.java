package org.lmskit.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpringBootHostExampleTest {

    @Test
    void the_starter_builds_lms_with_the_hosts_directory() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SpringBootHostExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains(
                "lmskit on in-memory storage",
                "Manon's team (from the host's Directory bean):",
                "  Alice Martin: 50 %",
                "  Robert Redford: 100 %");
    }
}
