package org.lmskit.core.error;

/**
 * The acting user may not do this. Like every refusal, its {@link #code()} names the rule that refused
 * ({@code seats.session.manage}, {@code adaptive.enrol}); {@link #rule()} is the same name.
 */
public final class PermissionDeniedException extends LmsException {
    private final String rule;

    public PermissionDeniedException(String rule, String message) {
        super(rule, message, null);
        this.rule = rule;
    }

    /** The access rule that refused, e.g. {@code seats.session.manage}; also the {@link #code()}. */
    public String rule() {
        return rule;
    }
}
