package org.lmskit.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.error.InvalidInputException;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\u009Fb", "line\nbreak",
            "tab\there", "cr\rhere"})
    void a_line_holds_no_control_character(String text) {
        assertThatThrownBy(() -> Texts.line("title", text, 200))
                .isInstanceOf(InvalidInputException.class).hasMessage("title must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u007Fb", "a\u0085b"})
    void a_paragraph_holds_no_control_character_but_line_breaks_and_tabs(String text) {
        assertThatThrownBy(() -> Texts.paragraph("comment", text, 200)).isInstanceOf(InvalidInputException.class)
                .hasMessage("comment must not contain control characters other than line breaks and tabs");
        assertThat(Texts.paragraph("comment", "first line\r\nsecond\tline", 200)).isEqualTo("first line\r\nsecond\tline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "a\uDC00b", "end\uD83D"})
    void a_lone_surrogate_is_not_text(String text) {
        assertThatThrownBy(() -> Texts.line("name", text, 200)).hasMessage("name must be valid Unicode text");
    }

    @Test
    void any_other_unicode_is_text() {
        String text = "Ça déménage 😀 — 日本語 ‮ \u00A0 \uFFFD";
        assertThat(Texts.line("name", text, 200)).isEqualTo(text);
    }

    @Test
    void the_length_is_bounded_per_field() {
        assertThat(Texts.line("title", "x".repeat(200), 200)).hasSize(200);
        assertThatThrownBy(() -> Texts.line("title", "x".repeat(201), 200))
                .hasMessage("title must have at most 200 characters");
    }

    @Test
    void required_text_is_not_blank_and_optional_text_may_be_null() {
        assertThatThrownBy(() -> Texts.line("title", " ", 200)).hasMessage("title is required");
        assertThatThrownBy(() -> Texts.paragraph("reason", null, 200)).hasMessage("reason is required");
        assertThat(Texts.optionalLine("title", null, 200)).isNull();
        assertThat(Texts.optionalParagraph("comment", "", 200)).isEmpty();
    }

    @Test
    void a_quote_is_short_and_escapes_control_characters() {
        assertThat(Texts.quote("a\u0000b")).isEqualTo("'a\\u0000b'");
        assertThat(Texts.quote("x".repeat(10_000))).hasSize(Texts.QUOTED + 3).endsWith("…'");
    }
}
