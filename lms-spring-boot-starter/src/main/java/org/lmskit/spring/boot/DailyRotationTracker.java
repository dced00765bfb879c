package org.lmskit.spring.boot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.lmskit.core.observation.LmsObserver;

/** Remembers this node's last run of the daily job, for the health indicator. */
public final class DailyRotationTracker implements LmsObserver {
    /** One run of the daily job on this node. */
    public record Run(LocalDate day, Instant endedAt, Duration took, int sessionsExamined, int slotsHandedOver) {
    }

    private final AtomicReference<Run> last = new AtomicReference<>();
    private final java.time.Clock clock;

    public DailyRotationTracker(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public void dailyRotation(LocalDate day, Duration took, int sessionsExamined, int slotsHandedOver) {
        last.set(new Run(day, clock.instant(), took, sessionsExamined, slotsHandedOver));
    }

    /** The last run on this node since it started, if any. */
    public Optional<Run> last() {
        return Optional.ofNullable(last.get());
    }
}
