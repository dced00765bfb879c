package org.lmskit.spi;

/** Base of the failures a store reports in terms of the SPI, whatever the adapter underneath. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
