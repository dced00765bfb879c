package org.lmskit.spi.certification;

import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** One grading table per path, under optimistic versions. */
public interface GradingTableStore {

    Optional<GradingTableRecord> find(String pathId);

    /**
     * Stores a new table and returns it at version 1.
     *
     * @throws org.lmskit.spi.DuplicateKeyException the path already has a table
     */
    GradingTableRecord insert(GradingTableRecord table);

    /**
     * Replaces the table stored at {@code table.version()} and returns it at the next version.
     *
     * @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored
     */
    GradingTableRecord update(GradingTableRecord table);

    /**
     * Removes the table stored at {@code expectedVersion}.
     *
     * @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored
     */
    void delete(String pathId, long expectedVersion);

    /** Tables ordered by path id. */
    Page<GradingTableRecord> list(PageRequest page);
}
