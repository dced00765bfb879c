package org.lmskit.core.error;

import java.util.List;
import java.util.Optional;

/**
 * A business rule refused the operation although the input was well-formed: e.g. an overdue card
 * blocks the pool search. {@link #code()} names the rule, {@link #field()} the field it looked at.
 */
public final class RuleRefusedException extends LmsException {
    private final String field;
    private final List<String> subjects;

    public RuleRefusedException(String rule, String field, String message) {
        this(rule, field, message, List.of());
    }

    /** @param subjects the ids of the records the refusal is about, e.g. the overdue cards to update first */
    public RuleRefusedException(String rule, String field, String message, List<String> subjects) {
        super(rule, message, null);
        this.field = field;
        this.subjects = List.copyOf(subjects);
    }

    /** The ids of the records that caused the refusal; empty when it is about the input alone. */
    public List<String> subjects() {
        return subjects;
    }

    /** The input field the rule is about, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
