package org.lmskit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.event.OutboxSettings;
import org.lmskit.core.id.PathId;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

class MicrometerObserverTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor LEARNER = Actor.of("lea", Role.LEARNER);
    private static final PathId PATH = PathId.of("sourcing-expert");
    private static final GradingTable TABLE = GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"),
            new BigDecimal("13"));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T08:00:00Z"));

    private Lms lms(LmsObserver observer) {
        return Lms.builder().storage(InMemoryStorage.create()).clock(clock).observer(observer)
                .outbox(OutboxSettings.ofDefaults()).build();
    }

    @Test
    void a_write_is_timed_under_its_capability_operation_and_outcome() {
        Lms lms = lms(MicrometerObserver.bindTo(registry));

        lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0);

        Timer timer = registry.find("lmskit.operation").tags("capability", "certification",
                "operation", "CertificationService.defineGradingTable", "kind", "write", "outcome", "ok").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void a_refusal_counts_under_its_rule_and_its_operation_times_as_denied() {
        Lms lms = lms(MicrometerObserver.bindTo(registry));

        assertThatThrownBy(() -> lms.seats().rotation().runDailyRotation(LEARNER, LocalDate.of(2026, 12, 8)))
                .isInstanceOf(PermissionDeniedException.class);

        Counter refusals = registry.find("lmskit.refusals")
                .tags("capability", "seats", "rule", "seats.daily-job.run").counter();
        assertThat(refusals).isNotNull();
        assertThat(refusals.count()).isEqualTo(1.0);
        assertThat(registry.find("lmskit.daily.rotation").timer().count()).isZero();
    }

    @Test
    void a_stale_version_times_as_conflict_and_is_not_a_rule_refusal() {
        Lms lms = lms(MicrometerObserver.bindTo(registry));
        lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0);

        // version 0 again: the table exists, so it is a stale version (409), inside the write
        assertThatThrownBy(() -> lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0))
                .isInstanceOf(ConflictException.class);

        assertThat(registry.find("lmskit.operation").tags("operation", "CertificationService.defineGradingTable",
                "outcome", "conflict").timer()).isNotNull();
        assertThat(registry.find("lmskit.refusals").counters()).isEmpty();
    }

    @Test
    void the_daily_job_records_its_duration_sessions_hand_overs_and_day() {
        Lms lms = lms(MicrometerObserver.bindTo(registry));
        assertThat(registry.find("lmskit.daily.rotation.last.day").gauge().value()).isNaN();

        lms.seats().rotation().runDailyRotation(ADMIN, LocalDate.of(2026, 12, 8));

        assertThat(registry.find("lmskit.daily.rotation").timer().count()).isEqualTo(1);
        assertThat(registry.find("lmskit.daily.rotation.sessions").counter().count()).isZero();
        assertThat(registry.find("lmskit.daily.rotation.handovers").counter().count()).isZero();
        assertThat(registry.find("lmskit.daily.rotation.last.day").gauge().value())
                .isEqualTo(LocalDate.of(2026, 12, 8).toEpochDay());
    }

    @Test
    void the_relay_records_each_events_lag_on_the_library_clock() {
        Lms lms = lms(MicrometerObserver.bindTo(registry));
        lms.seats().rotation().runDailyRotation(ADMIN, LocalDate.of(2026, 12, 8)); // records DailyRotationCompleted

        clock.advance(Duration.ofSeconds(42));
        lms.events().relay().orElseThrow().drain();

        Timer lag = registry.find("lmskit.outbox.lag").tags("outcome", "delivered").timer();
        assertThat(lag).isNotNull();
        assertThat(lag.count()).isEqualTo(1);
        assertThat(lag.getId().getTag("type")).isEqualTo("SeatEvent.DailyRotationCompleted");
        assertThat(lag.totalTime(TimeUnit.SECONDS)).isEqualTo(42.0);
    }

    @Test
    void an_observer_that_throws_never_fails_the_operation() {
        LmsObserver broken = new LmsObserver() {
            @Override
            public void operation(org.lmskit.core.observation.OperationSample sample) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        Lms lms = lms(broken);

        assertThat(lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLE, 0)).isNotNull();
        assertThat(lms.certification().grading().grade(PATH, new BigDecimal("19")).level().name()).isEqualTo("GOLD");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
