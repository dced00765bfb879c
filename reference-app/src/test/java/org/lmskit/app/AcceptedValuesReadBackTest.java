package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.app.http.Json;
import org.quicktheories.core.Gen;

/**
 * A value the library accepted always reads back, and serializes, the same on both storages: whatever text
 * (any code point, line breaks, tabs, emoji; control characters and lone surrogates are refused) and whatever
 * decimal a write takes, the answer to the write and every later read show exactly it.
 */
class AcceptedValuesReadBackTest {
    private static final ObjectMapper JSON = Json.mapper();
    /** Bodies go out as ASCII with {@code \\u} escapes, so a lone surrogate reaches the server as such. */
    private static final com.fasterxml.jackson.databind.ObjectWriter ASCII = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final AtomicInteger CODES = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    static List<LiveApp.Kind> kinds() {
        return LiveApp.kinds();
    }

    /**
     * Text from every plane (BMP and astral code points, no lone surrogate by construction), with one character
     * that breaks naive stores in between: some are accepted (tab, CRLF, emoji, bidi override, BOM, SQL), some
     * refused (NUL, NEL, a lone surrogate).
     */
    private static Gen<String> texts() {
        Gen<String> ascii = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 15);
        Gen<String> bmp = strings().betweenCodePoints(0xA0, 0xD7FF).ofLengthBetween(0, 15);
        Gen<String> astral = integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Gen<String> tricky = integers().between(0, 11).map(i -> List.of("\u0000", "\t", "\r\n", "\u0085", "\uD800",
                "😀", "\u202E", "\uFEFF", "'; DROP TABLE x; --", "\\u0000", "", "e\u0301").get(i));
        return ascii.zip(bmp, tricky, astral, (a, b, t, c) -> a + b + t + c);
    }

    private static Gen<BigDecimal> scores() {
        // mostly inside the 0-100 % domain, at times outside it or with a decimal too many
        return longs().between(-50L, 10_500L).zip(integers().between(0, 5).map(i -> List.of(2, 2, 2, 2, 3, -1).get(i)),
                BigDecimal::valueOf);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_accepted_positioning_reads_back_exactly(LiveApp.Kind kind) {
        try (LiveApp app = LiveApp.start(kind)) {
            qt().withExamples(60).forAll(texts(), scores()).checkAssert((comment, score) -> {
                String body = JSON.createObjectNode().put("competency", "TEST-ANE_002-CGCR-01").put("source", "OBSERVATION")
                        .put("score", score).put("comment", comment).toString();
                body = ascii(body);
                LiveApp.Answer written = app.json("POST", "/api/competency/learners/alice/positionings", "demo-tutor", body);
                assertThat(written.status()).as("%s", written.text()).isIn(201, 400);
                if (written.status() == 400) {
                    assertThat(written.isProblem()).isTrue();
                    return;
                }
                accepted.incrementAndGet();
                JsonNode answered = written.json();
                JsonNode stored = find(app.send("GET", "/api/competency/learners/alice/history?limit=1000",
                        "demo-tutor", null, null).json(), answered.path("id").asLong());
                assertThat(stored.path("comment")).isEqualTo(answered.path("comment"));
                assertThat(stored.path("score").toString()).isEqualTo(answered.path("score").toString());
                if (!comment.isBlank()) {
                    assertThat(stored.path("comment").asText()).isEqualTo(comment);
                }
                assertThat(stored.path("score").decimalValue()).isEqualByComparingTo(score);
            });
            assertThat(accepted.get()).as("examples the library accepted").isGreaterThan(10);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_accepted_competency_title_and_description_read_back_exactly(LiveApp.Kind kind) {
        try (LiveApp app = LiveApp.start(kind)) {
            qt().withExamples(60).forAll(texts(), texts()).checkAssert((title, description) -> {
                String code = "PROP-" + CODES.incrementAndGet();
                String body = JSON.createObjectNode().put("title", title).put("description", description)
                        .put("version", 0).toString();
                body = ascii(body);
                LiveApp.Answer written = app.json("PUT", "/api/competency/competencies/" + code, "demo-admin", body);
                assertThat(written.status()).as("%s", written.text()).isIn(200, 201, 400);
                if (written.status() == 400) {
                    assertThat(written.isProblem()).isTrue();
                    return;
                }
                accepted.incrementAndGet();
                JsonNode read = app.send("GET", "/api/competency/competencies/" + code, "demo-admin", null, null).json();
                assertThat(escaped(read.path("title").asText())).as("%s", written.text()).isEqualTo(escaped(title));
                assertThat(escaped(read.path("description").asText())).isEqualTo(escaped(description));
            });
            assertThat(accepted.get()).as("examples the library accepted").isGreaterThan(10);
        }
    }

    /** Every character outside printable ASCII as {@code \\uXXXX}, so a failure report shows what differed. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return out.toString();
    }

    private static String ascii(String json) {
        try {
            return ASCII.writeValueAsString(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode find(JsonNode history, long id) {
        for (JsonNode item : history.path("items")) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("positioning " + id + " is not in the history: " + history);
    }
}
