package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;

/** A level of a scale: a code (at most 100 characters), a label (a line) and an optional description. */
public record ScaleLevel(String code, String label, String description) {
    public static final int MAX_CODE = 100;

    public ScaleLevel {
        Texts.line("levels.code", code, MAX_CODE);
        Texts.line("levels[" + code + "].label", label, Texts.LINE);
        description = description == null ? "" : Texts.optionalParagraph("levels[" + code + "].description",
                description, Texts.PARAGRAPH);
    }
}
