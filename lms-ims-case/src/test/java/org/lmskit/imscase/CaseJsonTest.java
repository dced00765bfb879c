package org.lmskit.imscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

class CaseJsonTest {
    private static final Path SAMPLE = Path.of("../docs/case/conseiller-carriere-retraite.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_sample_in_the_docs_is_seed_000_written_by_the_binding() throws IOException {
        String written = CaseJson.write(Seed000Package.build(), Seed000Package.BASE) + "\n";
        String target = System.getProperty("lmskit.case.sample.write");
        if (target != null) {
            Files.writeString(Path.of(target), written, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(CaseJson.read(written)).isEqualTo(Seed000Package.build());
    }

    @Test
    void every_written_object_has_its_uri_last_change_and_links() throws IOException {
        JsonNode json = JSON.readTree(CaseJson.write(Seed000Package.build(), Seed000Package.BASE + "/"));
        JsonNode doc = json.get("CFDocument");
        assertThat(doc.get("caseVersion").asText()).isEqualTo("1.1");
        assertThat(doc.get("uri").asText()).isEqualTo(Seed000Package.BASE + "/CFDocuments/" + Seed000Package.DOC);
        assertThat(doc.get("lastChangeDateTime").asText()).isEqualTo("2026-12-06T09:00:00Z");
        assertThat(json.get("CFItems")).hasSize(14).allSatisfy(item -> {
            assertThat(item.get("uri").asText()).isEqualTo(Seed000Package.BASE + "/CFItems/" + item.get("identifier").asText());
            assertThat(item.get("lastChangeDateTime").asText()).isEqualTo("2026-12-06T09:00:00Z");
            assertThat(item.get("CFDocumentURI").get("identifier").asText()).isEqualTo(Seed000Package.DOC);
        });
        assertThat(json.get("CFAssociations")).allSatisfy(a -> {
            assertThat(a.get("associationType").asText()).isEqualTo("isChildOf");
            for (String end : List.of("originNodeURI", "destinationNodeURI")) {
                assertThat(a.get(end).get("identifier").asText()).isNotEmpty();
                assertThat(a.get(end).get("uri").asText()).startsWith(Seed000Package.BASE);
                assertThat(a.get(end).get("title").asText()).isNotEmpty();
            }
        });
        JsonNode level = json.get("CFRubrics").get(0).get("CFRubricCriteria").get(0).get("CFRubricCriterionLevels").get(2);
        assertThat(level.get("position").asInt()).isEqualTo(3);
        assertThat(level.get("score").decimalValue()).isEqualByComparingTo("3");
        assertThat(level.get("quality").asText()).isEqualTo("Niveau 3");
        assertThat(level.get("description").asText()).isEqualTo("niveau minimum requis");
        assertThat(level.get("identifier").asText()).hasSize(36);
    }

    @Test
    void a_package_from_another_system_reads_with_the_fields_lmskit_maps() {
        String json = """
                {"CFPackage": {
                  "CFDocument": {"identifier": "9A1B0000-0000-4000-8000-000000000000", "uri": "https://x/doc",
                    "creator": "Autre LMS", "title": "Référentiel", "lastChangeDateTime": "2025-01-02T03:04:05",
                    "adoptionStatus": "Adopted", "subject": ["RH"]},
                  "CFItems": [
                    {"identifier": "9a1b0000-0000-4000-8000-000000000001", "fullStatement": "Groupe",
                     "CFItemType": "Domain", "educationLevel": ["Pro"]},
                    {"identifier": "9a1b0000-0000-4000-8000-000000000002", "fullStatement": "Savoir écouter",
                     "humanCodingScheme": "COM-1", "notes": "Avec le client.\\nEt l'équipe."}],
                  "CFAssociations": [
                    {"identifier": "9a1b0000-0000-4000-8000-000000000010", "associationType": "isChildOf",
                     "sequenceNumber": 1,
                     "originNodeURI": {"identifier": "9a1b0000-0000-4000-8000-000000000002", "uri": "u", "title": "t"},
                     "destinationNodeURI": {"identifier": "9a1b0000-0000-4000-8000-000000000001"}},
                    {"identifier": "9a1b0000-0000-4000-8000-000000000011", "associationType": "exactMatchOf",
                     "originNodeURI": {"identifier": "9a1b0000-0000-4000-8000-000000000002"},
                     "destinationNodeURI": {"identifier": "00000000-0000-4000-8000-0000000000ff"}}],
                  "CFDefinitions": {"CFConcepts": []},
                  "CFRubrics": [{"identifier": "9a1b0000-0000-4000-8000-000000000020",
                    "CFRubricCriteria": [{"identifier": "9a1b0000-0000-4000-8000-000000000021",
                      "CFItemURI": {"identifier": "9a1b0000-0000-4000-8000-000000000002"},
                      "CFRubricCriterionLevels": [
                        {"position": 2, "score": 10.50, "quality": "Acquis", "feedback": "ignored"},
                        {"position": 1, "quality": "Débutant"}]}]}]
                }}""";

        CasePackage read = CaseJson.read(json);

        assertThat(read.document().identifier()).isEqualTo("9a1b0000-0000-4000-8000-000000000000");
        assertThat(read.document().lastChange()).contains(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(read.items()).extracting(Item::key).containsExactly("9a1b0000-0000-4000-8000-000000000001", "COM-1");
        assertThat(read.items().get(1).notes()).isEqualTo("Avec le client.\nEt l'équipe.");
        assertThat(read.parents()).containsOnlyKeys("9a1b0000-0000-4000-8000-000000000002");
        assertThat(read.associations().get(0).sequenceNumber()).contains(1);
        assertThat(read.rubrics().get(0).title()).isEqualTo("9a1b0000-0000-4000-8000-000000000020");
        assertThat(read.rubrics().get(0).levels()).extracting(CasePackage.Level::code).containsExactly("1", "10.5");
        assertThat(read.rubrics().get(0).levels()).extracting(CasePackage.Level::label).containsExactly("Débutant", "Acquis");
    }

    private static void refused(String json, String field, String message) {
        assertThatThrownBy(() -> CaseJson.read(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(Violation::field).containsExactly(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static final String DOC = "{\"identifier\": \"9a1b0000-0000-4000-8000-000000000000\", \"title\": \"R\", \"creator\": \"c\"}";

    @Test
    void what_is_not_a_package_is_refused_naming_where() {
        refused("", "CFPackage", "is required");
        refused("{\"CFDocument\": ", "CFPackage", "is not valid JSON (line 1");
        refused("[]", "CFPackage", "must be a JSON object");
        refused("{} {}", "CFPackage", "more than one JSON value");
        refused("{\"CFDocument\": " + DOC + ", \"CFDocument\": " + DOC + "}", "CFPackage", "repeats a field");
        refused("{}", "CFDocument", "is required");
        refused("{\"CFDocument\": []}", "CFDocument", "must be a JSON object");
        refused("{\"CFDocument\": {\"identifier\": 5}}", "CFDocument.identifier", "must be a string");
        refused("{\"CFDocument\": " + DOC.replace("\"R\"", "null") + "}", "CFDocument.title", "is required");
        refused("{\"CFDocument\": " + DOC + ", \"CFItems\": {}}", "CFItems", "must be a JSON array");
        refused("{\"CFDocument\": " + DOC + ", \"CFItems\": [3]}", "CFItems[0]", "must be a JSON object");
        refused("{\"CFDocument\": " + DOC + ", \"CFItems\": [{\"identifier\": \"9a1b0000-0000-4000-8000-000000000001\","
                + " \"fullStatement\": true}]}", "CFItems[0].fullStatement", "must be a string");
        refused("{\"CFDocument\": " + DOC + ", \"CFItems\": [{\"identifier\": \"9a1b0000-0000-4000-8000-000000000001\","
                + " \"fullStatement\": \" \"}]}", "CFItems[9a1b0000-0000-4000-8000-000000000001].fullStatement", "is required");
        String association = "{\"identifier\": \"9a1b0000-0000-4000-8000-000000000010\", \"associationType\": \"isChildOf\","
                + " \"originNodeURI\": {\"identifier\": \"9a1b0000-0000-4000-8000-000000000001\"},"
                + " \"destinationNodeURI\": {\"identifier\": \"9a1b0000-0000-4000-8000-000000000000\"}, \"sequenceNumber\": ";
        refused("{\"CFDocument\": " + DOC + ", \"CFAssociations\": [" + association + "1.5}]}",
                "CFAssociations[0].sequenceNumber", "whole number");
        refused("{\"CFDocument\": " + DOC + ", \"CFAssociations\": [" + association + "4294967296}]}",
                "CFAssociations[0].sequenceNumber", "whole number");
        refused("{\"CFDocument\": " + DOC + ", \"CFAssociations\": [" + association.replace("\"originNodeURI\": {",
                "\"originNodeURI\": \"x\", \"o\": {") + "1}]}", "CFAssociations[0].originNodeURI", "must be a JSON object");
        refused("{\"CFDocument\": " + DOC + ", \"CFDocument2\": 1, \"CFRubrics\": [{\"identifier\":"
                + " \"9a1b0000-0000-4000-8000-000000000020\", \"CFRubricCriteria\": [{\"identifier\":"
                + " \"9a1b0000-0000-4000-8000-000000000021\", \"CFRubricCriterionLevels\": [{\"score\": \"3\"}]}]}]}",
                "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].score", "must be a number");
        refused("{\"CFDocument\": " + DOC.replace("}", ", \"lastChangeDateTime\": \"hier\"}") + "}",
                "CFDocument.lastChangeDateTime", "ISO 8601");
    }

    @Test
    void more_items_than_a_package_holds_are_refused_before_any_is_built() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i <= CasePackage.MAX_ITEMS; i++) {
            items.append(i == 0 ? "" : ",").append("{}");
        }
        refused("{\"CFDocument\": " + DOC + ", \"CFItems\": [" + items + "]}", "CFItems", "at most 1000, was 1001");
    }

    @Test
    void writing_needs_the_document_last_change() {
        CasePackage p = Seed000Package.build();
        CasePackage undated = new CasePackage(new CasePackage.Document(p.document().identifier(), p.document().title(),
                p.document().creator(), "", Optional.empty()), p.items(), p.associations(), p.rubrics());
        assertThatThrownBy(() -> CaseJson.write(undated, "https://x")).isInstanceOf(IllegalArgumentException.class);
    }
}
