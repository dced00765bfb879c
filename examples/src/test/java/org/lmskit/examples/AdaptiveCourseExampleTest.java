package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AdaptiveCourseExampleTest {

    @Test
    void the_example_adapts_the_course_then_the_learner_finishes_it() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AdaptiveCourseExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "adapted: true, waived [cgcr-01, com-03]",
                "IN_PROGRESS 66 % in PT0S: [cgcr-01=COMPLETED/ADAPTIVE_RULE, cgcr-02=NOT_STARTED, "
                        + "com-03=COMPLETED/ADAPTIVE_RULE]",
                "COMPLETED 100 % in PT52M: [cgcr-01=COMPLETED/ADAPTIVE_RULE, cgcr-02=PASSED/LEARNER, "
                        + "com-03=COMPLETED/ADAPTIVE_RULE]");
    }
}
