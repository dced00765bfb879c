package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditHttpTest {

    @Test
    void an_administrator_reads_the_trail_newest_first_and_paged() {
        AppFixture.run(http -> {
            long before = http.get("/api/audit?actor=admin&limit=1", "demo-admin").body().get("total").asLong();
            http.put("/api/certification/paths/a/grading-table", "demo-admin",
                    "{\"gold\": 18, \"silver\": 15, \"bronze\": 12, \"version\": 0}").isOk();
            Http.Answer page = http.get("/api/audit?actor=admin&order=desc&limit=1", "demo-admin").isOk();
            assertThat(page.body().get("total").asLong()).isEqualTo(before + 1);
            assertThat(page.body().get("items")).hasSize(1);
            assertThat(page.body().get("items").get(0).get("recordId").asText()).isEqualTo("a");
        });
    }

    @Test
    void a_learner_reads_only_their_own_entries() {
        AppFixture.run(http -> {
            http.get("/api/audit?actor=alice", "demo-learner").isOk();
            assertThat(http.get("/api/audit?actor=admin", "demo-learner").isProblem(403).code())
                    .isEqualTo("audit.read");
        });
    }

    @Test
    void bad_query_parameters_are_400_naming_the_parameter() {
        AppFixture.run(http -> {
            assertThat(http.get("/api/audit?limit=0", "demo-admin").isProblem(400).violationField()).isEqualTo("limit");
            assertThat(http.get("/api/audit?limit=abc", "demo-admin").isProblem(400).violationField()).isEqualTo("limit");
            assertThat(http.get("/api/audit?order=up", "demo-admin").isProblem(400).violationField()).isEqualTo("order");
            assertThat(http.get("/api/audit?from=yesterday", "demo-admin").isProblem(400).violationField())
                    .isEqualTo("from");
            assertThat(http.get("/api/audit?recordId=x", "demo-admin").isProblem(400).violationField())
                    .isEqualTo("recordType");
        });
    }
}
