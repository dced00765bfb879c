package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lmskit.app.metrics.MetricsRoutes;

/** {@code GET /metrics}: Prometheus text of lmskit's meters, for administrators only. */
class MetricsHttpTest {

    @Test
    void an_administrator_reads_the_operations_refusals_and_daily_job_as_prometheus_text() {
        AppFixture.run(http -> {
            http.get("/api/competency/team", "demo-manager").isOk();
            http.post("/api/seats/daily-rotation", "demo-learner", "{\"day\":\"2026-11-25\"}").isProblem(403);
            http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\":\"2026-11-25\"}").isOk();
            http.get("/api/recruitment/pool", "demo-recruiter").isProblem(422); // overdue cards block the pool

            Http.Text metrics = http.getText("/metrics", "demo-admin");

            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).isEqualTo(MetricsRoutes.CONTENT_TYPE);
            assertThat(metrics.body())
                    .containsPattern("lmskit_operation_seconds_count\\{capability=\"competency\",kind=\"read\","
                            + "operation=\"GapViews\\.[A-Za-z]+\",outcome=\"ok\"} [1-9]")
                    .contains("lmskit_refusals_total{capability=\"seats\",rule=\"seats.daily-job.run\"} 1.0")
                    .contains("lmskit_refusals_total{capability=\"recruitment\",rule=\"recruitment.pool.overdue-cards\"} 1.0")
                    .contains("lmskit_operation_seconds_count{capability=\"recruitment\",kind=\"read\","
                            + "operation=\"CandidatePool.searchPool\",outcome=\"refused\"} 1")
                    .contains("lmskit_daily_rotation_seconds_count 1")
                    .containsPattern("lmskit_daily_rotation_last_day [0-9.E]+\n")
                    .contains("jvm_memory_used_bytes");
        });
    }

    @Test
    void anyone_else_is_refused() {
        AppFixture.run(http -> {
            assertThat(http.getText("/metrics", null).status()).isEqualTo(401);
            assertThat(http.getText("/metrics", "demo-manager").status()).isEqualTo(403);
            assertThat(http.get("/metrics", "demo-learner").isProblem(403).body().get("rule").asText()).isEqualTo("metrics.read");
        });
    }
}
