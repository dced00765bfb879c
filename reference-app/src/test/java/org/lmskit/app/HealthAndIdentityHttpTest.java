package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthAndIdentityHttpTest {

    @Test
    void health_answers_without_a_token_and_names_the_storage() {
        AppFixture.run(http -> {
            Http.Answer health = http.get("/health", null).isOk();
            assertThat(health.body().get("status").asText()).isEqualTo("UP");
            assertThat(health.body().get("storage").asText()).isEqualTo("in-memory");
        });
    }

    @Test
    void a_missing_token_gets_401_with_a_bearer_challenge() {
        AppFixture.run(http -> {
            assertThat(http.get("/api/me", null).isProblem(401).code()).isEqualTo("unauthenticated");
            assertThat(http.get("/api/certification/paths/p/grading-table", null).isProblem(401).code())
                    .isEqualTo("unauthenticated");
            assertThat(http.get("/api/audit", null).isProblem(401).code()).isEqualTo("unauthenticated");
        });
    }

    @Test
    void an_unknown_token_gets_401() {
        AppFixture.run(http -> http.get("/api/me", "forged").isProblem(401));
    }

    @Test
    void unknown_routes_reveal_nothing_without_a_token_and_are_404_with_one() {
        AppFixture.run(http -> {
            http.get("/api/nothing-here", null).isProblem(401);
            http.get("/api/nothing-here", "demo-learner").isProblem(404);
            http.get("/nothing-here", "demo-learner").isProblem(404);
        });
    }

    @Test
    void a_token_resolves_to_its_demo_user_and_roles() {
        AppFixture.run(http -> {
            Http.Answer me = http.get("/api/me", "demo-admin").isOk();
            assertThat(me.body().get("id").asText()).isEqualTo("admin");
            assertThat(me.body().get("roles").get(0).asText()).isEqualTo("ADMINISTRATOR");
        });
    }
}
