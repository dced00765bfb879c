package org.lmskit.core.certification;

import java.time.Instant;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;

/** What the certification capability publishes, refusals included. */
public sealed interface CertificationEvent extends LmsEvent {

    record GradingTableChanged(Instant occurredAt, PathId pathId, UserId actor, GradingTable table, long version)
            implements CertificationEvent {
    }

    record GradingTableReset(Instant occurredAt, PathId pathId, UserId actor) implements CertificationEvent {
    }

    record GradingTableChangeRefused(Instant occurredAt, PathId pathId, UserId actor, String reason)
            implements CertificationEvent {
    }
}
