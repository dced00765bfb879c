package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeatsExampleTest {

    @Test
    void the_example_prints_a_rotation_every_ten_working_days_then_a_natural_hand_over_at_once() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SeatsExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "refused: seats.slot.none-free",
                "2021-09-20 MONDAY: holders [carl dina], waiting [ana ben]",
                "2021-10-04 MONDAY: holders [ana ben], waiting [carl dina]",
                "ben finished: slot 2 goes to carl (NATURAL_ROTATION)",
                "holders [ana carl], waiting [dina]");
    }
}
