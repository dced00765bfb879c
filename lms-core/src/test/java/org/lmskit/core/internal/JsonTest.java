package org.lmskit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void writes_compact_json_and_reads_it_back() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "Équipe \"A\" \\ /");
        value.put("count", 3);
        value.put("big", 12_345_678_901L);
        value.put("grade", new BigDecimal("11.50"));
        value.put("ok", true);
        value.put("none", null);
        value.put("list", List.of("a", List.of(), Map.of()));

        String text = Json.write(value);

        assertThat(text).isEqualTo("{\"text\":\"Équipe \\\"A\\\" \\\\ /\",\"count\":3,\"big\":12345678901,"
                + "\"grade\":11.50,\"ok\":true,\"none\":null,\"list\":[\"a\",[],{}]}");
        Map<?, ?> read = (Map<?, ?>) Json.parse(text);
        assertThat(read.get("text")).isEqualTo("Équipe \"A\" \\ /");
        assertThat(read.get("count")).isEqualTo(new BigDecimal("3"));
        assertThat(read.get("grade")).isEqualTo(new BigDecimal("11.50"));
        assertThat(read.get("ok")).isEqualTo(true);
        assertThat(read.containsKey("none")).isTrue();
        assertThat(read.get("none")).isNull();
        assertThat(read.get("list")).isEqualTo(List.of("a", List.of(), Map.of()));
    }

    @Test
    void control_characters_and_line_separators_are_escaped_and_come_back() {
        String nasty = "a\u0000b\u001fc\nd\re\tf\u2028g\u2029h\ud83d\ude00";
        String text = Json.write(nasty);

        assertThat(text).isEqualTo("\"a\\u0000b\\u001fc\\nd\\re\\tf\\u2028g\\u2029h\ud83d\ude00\"");
        assertThat(text.chars().noneMatch(c -> c < 0x20)).isTrue();
        assertThat(Json.parse(text)).isEqualTo(nasty);
        assertThat(Json.parse("\"\\b\\f\\/\\u00e9\"")).isEqualTo("\b\f/é");
    }

    @Test
    void whitespace_around_values_is_allowed() {
        assertThat(Json.parse(" { \"a\" : [ 1 , 2 ] } \n")).isEqualTo(Map.of("a",
                List.of(new BigDecimal("1"), new BigDecimal("2"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\"}", "{\"a\":1,}", "[1,]", "[1 2]", "\"open", "\"bad \\x escape\"",
        "\"\\u12\"", "\"\\uzzzz\"", "tru", "nul", "{\"a\":1} x", "{a:1}", "01x", "-", "1e", "\"tab\there\"",
        "{\"a\":1,\"a\":2}", "[", "\"\\"})
    void malformed_text_is_refused(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON at character");
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused_and_the_limit_itself_reads() {
        String atLimit = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        assertThat(Json.parse(atLimit)).isInstanceOf(List.class);
        String tooDeep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);
        assertThatThrownBy(() -> Json.parse(tooDeep)).hasMessageContaining("nested deeper");
    }

    @Test
    void an_overlong_number_is_refused_rather_than_parsed() {
        char[] digits = new char[101];
        Arrays.fill(digits, '9');
        assertThatThrownBy(() -> Json.parse(new String(digits))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.parse("9".repeat(100))).isEqualTo(new BigDecimal("9".repeat(100)));
    }

    @Test
    void a_value_without_a_json_form_is_refused() {
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whitespace is allowed wherever JSON allows it, empty containers included. */
    @Test
    void whitespace_anywhere_between_tokens() {
        assertThat(Json.parse(" { \t} ")).isEqualTo(Map.of());
        assertThat(Json.parse("[ \n ]")).isEqualTo(List.of());
        assertThat(Json.parse("{ \"a\" : [ 1 , { } ] , \"b\" : \"c\" }"))
                .isEqualTo(Map.of("a", List.of(new BigDecimal("1"), Map.of()), "b", "c"));
    }

    /** Objects and arrays count towards the same depth limit, on both sides of it. */
    @Test
    void nesting_is_limited_for_objects_as_for_arrays() {
        String deepest = "{\"a\":".repeat(Json.MAX_DEPTH) + "1" + "}".repeat(Json.MAX_DEPTH);
        String tooDeep = "{\"a\":".repeat(Json.MAX_DEPTH + 1) + "1" + "}".repeat(Json.MAX_DEPTH + 1);

        assertThat(Json.parse(deepest)).isInstanceOf(Map.class);
        assertThatThrownBy(() -> Json.parse(tooDeep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void a_unicode_escape_needs_its_four_digits_and_a_number_at_most_100_characters() {
        assertThat(Json.parse("\"\\u0041\"")).isEqualTo("A");
        assertThatThrownBy(() -> Json.parse("\"\\u004\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("\"\\u004")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut short");
        assertThat(Json.parse("1".repeat(100))).isEqualTo(new BigDecimal("1".repeat(100)));
        assertThatThrownBy(() -> Json.parse("1".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }
}
