package org.lmskit.app.http;

/** The request body is not JSON by its Content-Type; answered 415. */
public final class UnsupportedMediaTypeException extends RuntimeException {
    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}
