package org.lmskit.core.domain;

import org.lmskit.core.error.InvalidInputException;

/**
 * The domain of free text. A <em>line</em> (a title, a label, a name, a reference) holds no control
 * character at all; a <em>paragraph</em> (a comment, findings, an answer) may hold line breaks and tabs
 * but no other control character. Neither may hold NUL, a lone surrogate, or more characters than its
 * field allows. Both adapters store exactly what passes.
 */
public final class Texts {
    /** Titles, labels, names, references. */
    public static final int LINE = 200;
    /** Comments, reasons, findings, prompts, answers. */
    public static final int PARAGRAPH = 10_000;
    /** The most characters of an input an error message quotes. */
    public static final int QUOTED = 40;

    private Texts() {
    }

    /** A required line: not blank, at most {@code maxLength} characters, no control character. */
    public static String line(String field, String value, int maxLength) {
        required(field, value);
        return check(field, value, maxLength, false);
    }

    /** An optional line: {@code null} passes; otherwise as {@link #line}, blank allowed. */
    public static String optionalLine(String field, String value, int maxLength) {
        return value == null ? null : check(field, value, maxLength, false);
    }

    /** A required paragraph: not blank, at most {@code maxLength} characters, line breaks and tabs allowed. */
    public static String paragraph(String field, String value, int maxLength) {
        required(field, value);
        return check(field, value, maxLength, true);
    }

    /** An optional paragraph: {@code null} passes; otherwise as {@link #paragraph}, blank allowed. */
    public static String optionalParagraph(String field, String value, int maxLength) {
        return value == null ? null : check(field, value, maxLength, true);
    }

    /** The reason {@code value} is refused, or {@code null} when it passes. */
    public static String problem(String value, int maxLength, boolean lineBreaks) {
        if (value.length() > maxLength) {
            return "must have at most " + maxLength + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isISOControl(ch)) {
                if (!lineBreaks || ch != '\n' && ch != '\r' && ch != '\t') {
                    return lineBreaks ? "must not contain control characters other than line breaks and tabs"
                            : "must not contain control characters";
                }
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "must be valid Unicode text";
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return "must be valid Unicode text";
            }
        }
        return null;
    }

    /**
     * {@code value} as an error message may quote it: in single quotes, at most {@value #QUOTED}
     * characters (then an ellipsis), control characters and lone surrogates escaped. Errors never echo
     * unbounded input.
     */
    public static String quote(Object value) {
        return "'" + printable(String.valueOf(value), QUOTED) + "'";
    }

    /** {@code text} cut to {@code maxLength} characters (then an ellipsis), control characters and surrogates escaped. */
    public static String printable(String text, int maxLength) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(text.length(), maxLength);
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch) || Character.isSurrogate(ch)) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return text.length() > maxLength ? out.append('…').toString() : out.toString();
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    private static String check(String field, String value, int maxLength, boolean lineBreaks) {
        String problem = problem(value, maxLength, lineBreaks);
        if (problem != null) {
            throw InvalidInputException.of(field, problem);
        }
        return value;
    }
}
