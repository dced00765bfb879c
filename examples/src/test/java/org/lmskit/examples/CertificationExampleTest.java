package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificationExampleTest {

    @Test
    void the_example_walks_from_missing_badges_to_a_silver_certificate() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CertificationExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains(
                "eligible at first? false — missing badges: [imprenable-sur-le-sourcing, les-bonnes-pratiques-de-l-entretien]",
                "program quiz: 20.00/20, passed true",
                "retake refused: certification.quiz.perfect-score",
                "workshop at 90 %, eligible? false",
                "eligible now? true",
                "case study: 16.00/20 -> SILVER",
                "notification to [alice]: certification.case-study.corrected SILVER",
                "Open Badges credential type: [VerifiableCredential, OpenBadgeCredential]",
                "signed credential verifies: true");
    }
}
