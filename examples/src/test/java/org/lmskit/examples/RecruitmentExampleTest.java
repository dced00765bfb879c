package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecruitmentExampleTest {

    @Test
    void the_example_walks_a_card_from_quick_action_to_abandonment() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RecruitmentExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "pool: 1 candidate(s)",
                "Monsieur MBARKI Sofiane-Alsace / Bas-Rhin: Etude en cours, due 2019-06-02T14:25:00Z",
                "refused: recruitment.pool.overdue-cards 1 card(s) to update",
                "notify [commission-aar, pole-emploi-strasbourg] with recruitment.candidate-not-responding",
                "after update: due 2019-07-03T14:25:00Z, pool: 0 candidate(s) left to card",
                "abandoned: Non retenu, due never");
    }
}
