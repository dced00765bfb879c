package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GradingExampleTest {

    @Test
    void the_example_prints_the_levels_of_the_seed_scale_and_of_a_path_table() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        GradingExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output).contains(
                "  11.995  -> BRONZE (compared as 12.00/20)",
                "  11.99   -> NONE   (compared as 11.99/20)",
                "  17.999  -> GOLD   (compared as 18.00/20)",
                "  18.5    -> SILVER",
                "  16.49   -> BRONZE",
                "20.01 refused: [grade must be between 0 and 20, was 20.01]",
                "12.0000001 refused: [grade must have at most six decimals, was 12.0000001]",
                "1e999999999 refused: [grade must be between 0 and 20 with at most six decimals]",
                "1e-10000000 refused: [grade must be between 0 and 20 with at most six decimals]");
    }
}
