package org.lmskit.core.error;

/** Base of every failure the library reports to its caller. {@link #code()} is stable and machine-readable. */
public abstract sealed class LmsException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, PermissionDeniedException,
        RuleRefusedException {

    private final String code;

    protected LmsException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /**
     * The machine-readable code of the refusal: the rule's name (e.g. {@code seats.slot.none-free}), stable across
     * versions.
     */
    public String code() {
        return code;
    }
}
