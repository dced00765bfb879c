package org.lmskit.core.error;

import java.util.Optional;

/**
 * A business rule refused the operation although the input was well-formed: e.g. an overdue card
 * blocks the pool search. {@link #code()} names the rule, {@link #field()} the field it looked at.
 */
public final class RuleRefusedException extends LmsException {
    private final String field;

    public RuleRefusedException(String rule, String field, String message) {
        super(rule, message, null);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
