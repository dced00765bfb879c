package org.lmskit.app.http;

/** No bearer token, or one nobody holds. Answered with 401. */
public final class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
