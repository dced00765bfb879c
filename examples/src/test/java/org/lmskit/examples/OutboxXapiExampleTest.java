package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutboxXapiExampleTest {

    @Test
    void the_event_waits_while_the_lrs_is_down_and_reaches_it_as_a_passed_statement_once_it_is_back() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OutboxXapiExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output).contains(
                "after the attempt: 1 pending, 0 delivered, 0 parked",
                "LRS down: 1 pending, 0 delivered, 0 parked, last error: IllegalStateException: LRS unreachable",
                "LRS back: 0 pending, 1 delivered, 0 parked",
                "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"",
                "\"score\":{\"scaled\":0.8750,\"raw\":87.5,\"min\":0,\"max\":100}",
                "\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"andreu\"}");
        assertThat(output.lines().filter(l -> l.startsWith("LRS <- "))).hasSize(1);
    }
}
