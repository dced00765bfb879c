package org.lmskit.spi.seats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** Sessions under optimistic versions; the reference is unique. */
public interface SeatSessionStore {

    Optional<SeatSessionRecord> find(String sessionId);

    Optional<SeatSessionRecord> findByReference(String reference);

    /** @throws org.lmskit.spi.DuplicateKeyException the id or the reference is taken */
    SeatSessionRecord insert(SeatSessionRecord session);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    SeatSessionRecord update(SeatSessionRecord session);

    /** A company's sessions ordered by reference. */
    Page<SeatSessionRecord> findByCompany(String companyId, PageRequest page);

    /** The company's sessions running on {@code day} ({@code start <= day <= expiry}), ordered by id. */
    List<SeatSessionRecord> findRunning(String companyId, LocalDate day);

    /** See {@link RotationDueQuery}; ordered by session id. */
    List<SeatSessionRecord> findRotationDue(RotationDueQuery query);
}
