package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompetencyFrameworkExampleTest {

    @Test
    void the_example_imports_a_case_package_and_its_export_imports_back_unchanged() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CompetencyFrameworkExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "imported 7e1a0000-0000-4000-8000-000000000000: 2 competencies, 1 profile, 1 scale",
                "Gérer la Relation Client:",
                "  COM-01 Ecouter et utiliser les faits énoncés par le client [Débutant / Opérationnel / Expérimenté]",
                "  COM-02 Aisance de l'expression, élocution, vocabulaire [Débutant / Opérationnel / Expérimenté]",
                "exported 3 items, 3 associations, 1 rubric",
                "re-imported: 2 competencies unchanged, 0 written");
    }
}
