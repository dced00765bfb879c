package org.lmskit.core.error;

/**
 * The write collides with the stored state: somebody else changed the record since it was read
 * ({@code stale-version}), or it already exists ({@code already-exists}). Nothing was written.
 */
public final class ConflictException extends LmsException {
    public static final String STALE_VERSION = "stale-version";
    public static final String ALREADY_EXISTS = "already-exists";

    public ConflictException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
