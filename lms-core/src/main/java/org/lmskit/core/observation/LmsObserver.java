package org.lmskit.core.observation;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Hears what the library does, for a host's metrics: each operation's duration and outcome, each refusal's rule,
 * each run of the daily job, each event the outbox relay hands over. Every method has an empty default, so an
 * observer overrides what it measures.
 *
 * <p>Called on the thread doing the work, after it is done (an operation's sample once its transaction is over):
 * an observer must be quick and must not throw; the library logs and ignores what it throws. With no observer set
 * ({@link #NONE}) the library measures nothing, not even the time.
 */
public interface LmsObserver {
    /** Hears nothing; the default. */
    LmsObserver NONE = new LmsObserver() {
    };

    /** One operation ended (the outermost one: an operation another calls is part of it). */
    default void operation(OperationSample sample) {
    }

    /**
     * A rule or an access policy refused an operation of {@code capability}; {@code rule} is the refusal's rule
     * code (e.g. {@code seats.daily-job.run}, {@code recruitment.pool.overdue-cards}).
     */
    default void refused(String capability, String rule) {
    }

    /**
     * The daily job ran for {@code day}: how long it took, how many slot sessions it examined and how many slots it
     * handed over.
     */
    default void dailyRotation(LocalDate day, Duration took, int sessionsExamined, int slotsHandedOver) {
    }

    /**
     * The outbox relay handed an event of {@code type} to the publisher ({@code delivered}) or saw it fail;
     * {@code lag} is how long after its recording that happened.
     */
    default void relayed(String type, boolean delivered, Duration lag) {
    }
}
