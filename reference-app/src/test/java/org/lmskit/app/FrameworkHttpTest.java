package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** IMS CASE frameworks through the real app: the demo's seed 000 framework, imports, refusals. */
class FrameworkHttpTest {
    private static final String SEED_000 = "/api/competency/frameworks/5eed0000-0000-4000-8000-000000000000";
    private static final String OTHER = "0ffe0000-0000-4000-8000-000000000000";

    private static String smallPackage(String doc, String code) {
        return """
                {"CFDocument": {"identifier": "%s", "title": "Référentiel commercial", "creator": "Autre LMS"},
                 "CFItems": [{"identifier": "0ffe0000-0000-4000-8000-000000000001", "fullStatement": "Négocier",
                              "humanCodingScheme": "%s"}],
                 "CFAssociations": [{"identifier": "0ffe0000-0000-4000-8000-000000000002", "associationType": "isChildOf",
                   "originNodeURI": {"identifier": "0ffe0000-0000-4000-8000-000000000001"},
                   "destinationNodeURI": {"identifier": "%s"}}]}""".formatted(doc, code, doc);
    }

    @Test
    void the_demo_framework_is_seed_000_read_back_as_a_case_package() {
        AppFixture.run(http -> {
            Http.Answer answer = http.get(SEED_000, "demo-robert").isOk();
            assertThat(answer.contentType()).startsWith("application/json");
            JsonNode pkg = answer.body();
            assertThat(pkg.at("/CFDocument/title").asText()).isEqualTo("Conseiller Carrière Retraite");
            assertThat(pkg.at("/CFDocument/caseVersion").asText()).isEqualTo("1.1");
            assertThat(pkg.get("CFItems")).hasSize(14);
            assertThat(pkg.at("/CFItems/1/humanCodingScheme").asText()).isEqualTo("TEST-ANE_002-CGCR-01");
            assertThat(pkg.at("/CFItems/1/uri").asText()).endsWith("/ims/case/v1p1/CFItems/"
                    + pkg.at("/CFItems/1/identifier").asText());
            assertThat(pkg.at("/CFRubrics/0/CFRubricCriteria")).hasSize(11);
            assertThat(pkg.at("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/4/description").asText())
                    .isEqualTo("expert du sujet");
        });
    }

    @Test
    void re_posting_the_demo_framework_changes_nothing_and_a_new_one_is_created() {
        AppFixture.run(http -> {
            JsonNode again = http.post("/api/competency/frameworks", "demo-admin", DemoData.sampleFramework()).isOk()
                    .body();
            assertThat(again.get("created").asBoolean()).isFalse();
            assertThat(again.at("/competencies/unchanged").asInt()).isEqualTo(11);
            assertThat(again.at("/profiles/unchanged").asInt()).isEqualTo(3);

            Http.Answer created = http.post("/api/competency/frameworks", "demo-admin", smallPackage(OTHER, "NEG-01"))
                    .isOk();
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body().get("framework").asText()).isEqualTo(OTHER);
            assertThat(http.get("/api/competency/competencies/NEG-01", "demo-manager").isOk().body().get("title").asText())
                    .isEqualTo("Négocier");
            assertThat(http.get("/api/competency/frameworks/" + OTHER.toUpperCase(), "demo-manager").isOk().body()
                    .at("/CFItems/0/humanCodingScheme").asText()).isEqualTo("NEG-01");
        });
    }

    @Test
    void a_refused_package_names_the_item_at_fault_and_stores_nothing() {
        AppFixture.run(http -> {
            Http.Answer held = http.post("/api/competency/frameworks", "demo-admin",
                    smallPackage(OTHER, "TEST-ANE_002-CGCR-01")).isProblem(422);
            assertThat(held.code()).isEqualTo("competency.framework.held");
            assertThat(held.violationField()).isEqualTo("CFItems[0ffe0000-0000-4000-8000-000000000001]");
            http.get("/api/competency/frameworks/" + OTHER, "demo-admin").isProblem(404);

            Http.Answer invalid = http.post("/api/competency/frameworks", "demo-admin",
                    smallPackage(OTHER, "NEG-01").replace("\"Négocier\"", "7")).isProblem(400);
            assertThat(invalid.violationField()).isEqualTo("CFItems[0].fullStatement");
            assertThat(http.post("/api/competency/frameworks", "demo-admin", "{\"CFDocument\":").isProblem(400)
                    .violationField()).isEqualTo("CFPackage");
            http.get("/api/competency/competencies/NEG-01", "demo-admin").isProblem(404);

            http.post("/api/competency/frameworks", "demo-manager", smallPackage(OTHER, "NEG-01")).isProblem(403);
            http.get("/api/competency/frameworks/not-a-uuid", "demo-manager").isProblem(400);
            http.get(SEED_000, null).isProblem(401);
        });
    }
}
