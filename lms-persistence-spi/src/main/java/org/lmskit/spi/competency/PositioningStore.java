package org.lmskit.spi.competency;

import java.util.List;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** Append-only positionings. */
public interface PositioningStore {

    PositioningRecord append(NewPositioningRecord positioning);

    /** One call for a whole team: see {@link PositioningQuery}. */
    List<PositioningRecord> find(PositioningQuery query);

    /** A learner's positionings, newest first (then id descending). */
    Page<PositioningRecord> history(String learnerId, PageRequest page);
}
