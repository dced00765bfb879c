package org.lmskit.spi;

/**
 * What an adapter guarantees beyond the contract every adapter passes.
 *
 * @param persistent data survives a restart of the process
 * @param clustered several processes may share the storage; once-only work is claimed safely
 */
public record StorageCapabilities(String name, boolean persistent, boolean clustered) {
    public StorageCapabilities {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
