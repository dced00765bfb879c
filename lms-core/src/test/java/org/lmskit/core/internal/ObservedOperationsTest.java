package org.lmskit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.assembly.Ports;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.UserId;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.observation.OperationSample;
import org.lmskit.core.observation.OperationSample.Outcome;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/** What an {@link LmsObserver} hears from {@link Operations}: one sample per outermost operation, and refusals. */
class ObservedOperationsTest {
    private static final Actor ALICE = Actor.of("alice", Role.LEARNER);

    private final List<OperationSample> samples = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final LmsObserver observer = new LmsObserver() {
        @Override
        public void operation(OperationSample sample) {
            samples.add(sample);
        }

        @Override
        public void refused(String capability, String rule) {
            refusals.add(capability + " " + rule);
        }
    };
    private final Operations ops = Operations.of(new Ports(InMemoryStorage.create(),
            Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC), event -> {
            }, Notifier.noop(), Directory.empty(), () -> "id", Optional.empty(), observer), "seats", Refused::new);

    @Test
    void a_write_is_one_sample_however_many_writes_it_nests() {
        ops.write(() -> ops.write(() -> ops.writeRetrying(false, () -> "done")));

        assertThat(samples).singleElement().satisfies(sample -> {
            assertThat(sample.capability()).isEqualTo("seats");
            assertThat(sample.write()).isTrue();
            assertThat(sample.outcome()).isEqualTo(Outcome.OK);
            assertThat(sample.took()).isPositive();
        });
    }

    @Test
    void a_read_is_a_sample_that_did_not_write() {
        ops.read(() -> "view");

        assertThat(samples).singleElement().satisfies(sample -> assertThat(sample.write()).isFalse());
    }

    @Test
    void each_kind_of_failure_has_its_outcome() {
        List<RuntimeException> failures = List.of(InvalidInputException.of("field", "is required"),
                new PermissionDeniedException("rule", "no"), new NotFoundException("thing", "x"),
                new ConflictException("stale", "stale version", null), new RuleRefusedException("rule", "field", "no"),
                new IllegalStateException("storage down"));

        for (RuntimeException failure : failures) {
            assertThatThrownBy(() -> ops.write(() -> {
                throw failure;
            })).isSameAs(failure);
        }

        assertThat(samples).extracting(OperationSample::outcome).containsExactly(Outcome.INVALID, Outcome.DENIED,
                Outcome.NOT_FOUND, Outcome.CONFLICT, Outcome.REFUSED, Outcome.ERROR);
    }

    @Test
    void a_refusal_is_heard_with_its_rule_and_capability() {
        assertThatThrownBy(() -> ops.permit(ALICE, Decision.rejected("seats.daily-job.run", "actor", "administrators only")))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(refusals).containsExactly("seats seats.daily-job.run");
    }

    @Test
    void a_refusal_thrown_inside_an_operation_is_heard_once_however_it_was_raised() {
        assertThatThrownBy(() -> ops.read(() -> {
            throw new RuleRefusedException("recruitment.pool.overdue-cards", null, "update your cards first");
        })).isInstanceOf(RuleRefusedException.class);
        assertThatThrownBy(() -> ops.write(() -> {
            ops.permit(ALICE, Decision.rejected("seats.slot.release", "actor", "not yours"));
            return null;
        })).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> ops.write(() -> {
            throw InvalidInputException.of("day", "is required");
        })).isInstanceOf(InvalidInputException.class);

        assertThat(refusals).containsExactly("seats recruitment.pool.overdue-cards", "seats seats.slot.release");
    }

    @Test
    void an_observer_that_throws_changes_nothing_for_the_caller() {
        Operations broken = Operations.of(new Ports(InMemoryStorage.create(), Clock.systemUTC(), event -> {
        }, Notifier.noop(), Directory.empty(), () -> "id", Optional.empty(), new LmsObserver() {
            @Override
            public void operation(OperationSample sample) {
                throw new IllegalStateException("metrics down");
            }
        }), "seats", Refused::new);

        assertThat(broken.write(() -> "written")).isEqualTo("written");
    }

    @Test
    void without_an_observer_nothing_is_heard() {
        Operations silent = Operations.of(new Ports(InMemoryStorage.create(), Clock.systemUTC(), event -> {
        }, Notifier.noop(), Directory.empty(), () -> "id"), "seats", Refused::new);

        assertThat(silent.write(() -> "written")).isEqualTo("written");
        assertThat(silent.observer()).isSameAs(LmsObserver.NONE);
    }

    @Test
    void an_observed_read_returns_what_the_view_answered_and_reports_a_plausible_duration() {
        assertThat(ops.read(() -> "view")).isEqualTo("view");
        assertThat(ops.writeRetrying(true, () -> "retried")).isEqualTo("retried");

        assertThat(samples).hasSize(2).allSatisfy(sample -> assertThat(sample.took())
                .isPositive().isLessThan(java.time.Duration.ofMinutes(1)));
        assertThat(samples).extracting(OperationSample::write).containsExactly(false, true);
    }

    /**
     * A sample is named after the library method the host called, never after the host's own code (this test's
     * class shares lms-core's package names but not its jar) nor the library's helpers.
     */
    @Test
    void a_sample_is_named_after_the_library_method_the_host_called() {
        org.lmskit.core.Lms lms = org.lmskit.core.Lms.builder().storage(InMemoryStorage.create())
                .directory(Directory.empty()).observer(observer)
                .clock(Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC)).build();

        lms.certification().grading().defineGradingTable(Actor.of("admin", Role.ADMINISTRATOR),
                org.lmskit.core.id.PathId.of("p"), org.lmskit.core.certification.GradingTable.of(
                        new java.math.BigDecimal("18"), new java.math.BigDecimal("15"), new java.math.BigDecimal("12")), 0);
        ops.write(() -> "direct");

        assertThat(samples).extracting(OperationSample::operation)
                .containsExactly("CertificationService.defineGradingTable", "Operations.write");
    }

    @Test
    void observe_reports_to_an_observer_and_to_none_without_one() {
        ops.observe(o -> o.refused("seats", "told"));
        Operations silent = Operations.of(new Ports(InMemoryStorage.create(), Clock.systemUTC(), event -> {
        }, Notifier.noop(), Directory.empty(), () -> "id"), "seats", Refused::new);
        List<String> heard = new ArrayList<>();
        silent.observe(o -> heard.add("called"));

        assertThat(refusals).containsExactly("seats told");
        assertThat(heard).isEmpty();
    }

    /** Events and after-commit actions wait for the outermost commit, in order, and are dropped on a rollback. */
    @Test
    void events_go_out_after_the_commit_in_order_and_never_after_a_rollback() {
        List<String> published = new ArrayList<>();
        Operations events = Operations.of(new Ports(InMemoryStorage.create(), Clock.systemUTC(),
                event -> published.add(((Refused) event).rule()), Notifier.noop(), Directory.empty(), () -> "id"),
                "seats", Refused::new);
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        events.write(() -> {
            events.publish(new Refused(now, UserId.of("a"), "first", "r"));
            events.write(() -> {
                events.afterCommit(() -> published.add("second"));
                return null;
            });
            assertThat(published).as("nothing before the commit").isEmpty();
            return null;
        });
        assertThatThrownBy(() -> events.write(() -> {
            events.publish(new Refused(now, UserId.of("a"), "rolled back", "r"));
            events.afterCommit(() -> published.add("rolled back too"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        events.afterCommit(() -> published.add("outside"));

        assertThat(published).containsExactly("first", "second", "outside");
    }

    /**
     * With the outbox on, a write's events are recorded in its own transaction: a write that fails after publishing
     * leaves nothing recorded, one that commits leaves its event pending; a refusal thrown out of a write still
     * reaches the publisher, once the write is over.
     */
    @Test
    void with_the_outbox_a_rolled_back_write_records_nothing_and_its_refusal_still_goes_out() {
        InMemoryStorage storage = InMemoryStorage.create();
        List<Object> published = new ArrayList<>();
        org.lmskit.core.event.EventRelay relay = new org.lmskit.core.event.EventRelay(storage.outbox(), published::add,
                org.lmskit.core.StandardEventCodec.standard(), Clock.systemUTC(),
                org.lmskit.core.event.OutboxSettings.ofDefaults());
        Operations recorded = Operations.of(new Ports(storage, Clock.systemUTC(), published::add, Notifier.noop(),
                Directory.empty(), () -> "id", Optional.of(relay)), "seats", Refused::new);
        org.lmskit.core.seats.SeatEvent.DailyRotationCompleted done = new org.lmskit.core.seats.SeatEvent
                .DailyRotationCompleted(Instant.parse("2026-12-07T08:00:00Z"), java.time.LocalDate.of(2026, 12, 7), 0, 0);

        assertThatThrownBy(() -> recorded.write(() -> {
            recorded.publish(done);
            throw new IllegalStateException("storage down");
        })).hasMessage("storage down");
        assertThat(storage.outbox().summary().pending()).isZero();
        recorded.write(() -> {
            recorded.publish(done);
            return null;
        });
        assertThat(storage.outbox().summary().pending()).isEqualTo(1);

        assertThatThrownBy(() -> recorded.write(() -> {
            throw recorded.refuse(ALICE, new RuleRefusedException("seats.slot.release", "slot", "not yours"));
        })).isInstanceOf(RuleRefusedException.class);
        assertThat(published).singleElement().isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.rule()).isEqualTo("seats.slot.release"));
    }

    private record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements LmsEvent {
    }
}
