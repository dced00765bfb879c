package org.lmskit.core.error;

/** The acting user may not do this; {@link #rule()} names the access rule that refused. */
public final class PermissionDeniedException extends LmsException {
    private final String rule;

    public PermissionDeniedException(String rule, String message) {
        super("permission-denied", message, null);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
