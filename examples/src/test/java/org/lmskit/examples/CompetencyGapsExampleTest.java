package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompetencyGapsExampleTest {

    @Test
    void the_example_prints_each_gap_with_its_status() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CompetencyGapsExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Conseiller Carrière Retraite — 50 % (2/4)",
                "  Fiabiliser une carrière: required 3, acquired 4 -> ACQUIRED",
                "  Produire une estimation fiable au client: required 3, acquired 3 -> ACQUIRED",
                // seed 000: a competency never evaluated is not acquired either, so it links its trainings too
                "  Réaliser une levée de doute: required 3, acquired - -> NOT_EVALUATED"
                        + " (see Formation : TEST-ANE_002-CGCR-03)",
                "  Assurer le pilotage et le reporting de son activité: required 4, acquired 3 -> GAP"
                        + " (see Formation : TEST-ANE_002-CGCR-04)");
    }
}
