package org.lmskit.core.internal;

import java.util.UUID;
import java.util.function.Supplier;

/** Where new record ids come from; random UUIDs unless a host (or a test) passes its own. */
public final class IdGenerator {
    private final Supplier<String> next;

    public IdGenerator(Supplier<String> next) {
        this.next = next;
    }

    public static IdGenerator randomUuids() {
        return new IdGenerator(() -> UUID.randomUUID().toString());
    }

    public String next() {
        return next.get();
    }
}
