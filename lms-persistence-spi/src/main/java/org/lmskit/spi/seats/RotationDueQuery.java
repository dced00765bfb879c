package org.lmskit.spi.seats;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * Slot sessions the daily job must handle on {@code day}: type {@code SLOTS}, a rotation other than
 * {@code NONE}, running that day ({@code start <= day <= expiry}), not yet handled that day. Keyset-paged by
 * session id: pass the last id seen as {@code after}, so rows handled meanwhile never shift a page.
 */
public record RotationDueQuery(LocalDate day, Optional<String> after, int limit) {
    public RotationDueQuery {
        Required.fields("day after", day, after);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be in 1..10000, was " + limit);
        }
    }
}
