package org.lmskit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lmskit.core.assembly.Ports;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.UserId;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.StaleVersionException;

/** The operation kernel every capability runs on: transactions, events after commit, retries, refusals. */
class OperationsTest {
    record Happened(Instant occurredAt, String what) implements LmsEvent {
    }

    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements LmsEvent {
    }

    private static final Instant NOW = Instant.parse("2026-12-02T10:15:30.123456789Z");
    private static final Actor ALICE = Actor.of("alice", Role.LEARNER);
    private final List<LmsEvent> published = new ArrayList<>();
    private final InMemoryStorage storage = InMemoryStorage.create();
    private final Operations ops = Operations.of(new Ports(storage, Clock.fixed(NOW, ZoneOffset.UTC), published::add,
            Notifier.noop(), Directory.empty(), () -> "id"), "test", Refused::new);
    private final Operations other = Operations.of(new Ports(storage, Clock.fixed(NOW, ZoneOffset.UTC),
            published::add, Notifier.noop(), Directory.empty(), () -> "id"), "test", Refused::new);
    private final Happened happened = new Happened(Instant.EPOCH, "submitted");

    @Test
    void events_of_a_committed_write_go_out_after_it() {
        ops.write(() -> {
            ops.publish(happened);
            assertThat(published).isEmpty();
            return null;
        });

        assertThat(published).containsExactly(happened);
    }

    @Test
    void events_of_a_rolled_back_write_never_go_out() {
        assertThatThrownBy(() -> ops.write(() -> {
            ops.publish(happened);
            throw new IllegalStateException("failure after the event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(published).isEmpty();
    }

    @Test
    void outside_a_write_an_event_goes_out_at_once() {
        ops.publish(happened);

        assertThat(published).containsExactly(happened);
    }

    @Test
    void a_nested_write_of_another_capability_joins_and_its_events_wait_for_the_outer_commit() {
        List<String> order = new ArrayList<>();
        ops.write(() -> {
            other.write(() -> {
                other.publish(new Happened(Instant.EPOCH, "inner"));
                other.afterCommit(() -> order.add("inner notification"));
                return null;
            });
            assertThat(published).isEmpty();
            ops.publish(new Happened(Instant.EPOCH, "outer"));
            return null;
        });

        assertThat(published).extracting(e -> ((Happened) e).what()).containsExactly("inner", "outer");
        assertThat(order).containsExactly("inner notification");
    }

    @Test
    void a_store_failure_becomes_the_librarys_conflict() {
        assertThatThrownBy(() -> ops.write(() -> {
            throw new StaleVersionException("session", "s", 3);
        })).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo(ConflictException.STALE_VERSION);
    }

    @Test
    void a_write_that_loses_a_race_runs_again_and_its_lost_runs_publish_nothing() {
        AtomicInteger runs = new AtomicInteger();
        String result = ops.writeRetrying(false, () -> {
            ops.publish(new Happened(Instant.EPOCH, "run " + runs.incrementAndGet()));
            if (runs.get() < 3) {
                throw new StaleVersionException("session", "s", runs.get());
            }
            return "won";
        });

        assertThat(result).isEqualTo("won");
        assertThat(published).extracting(e -> ((Happened) e).what()).containsExactly("run 3");
    }

    @Test
    void a_duplicate_is_retried_only_when_the_operation_inserts_and_may_race() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> ops.writeRetrying(false, () -> {
            runs.incrementAndGet();
            throw new org.lmskit.spi.DuplicateKeyException("card", "c");
        })).isInstanceOf(ConflictException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void an_access_rejection_is_a_permission_refusal_naming_its_rule_published_first() {
        assertThatThrownBy(() -> ops.permit(ALICE, Decision.rejected("seats.session.manage", "sessionId", "no")))
                .isInstanceOf(PermissionDeniedException.class)
                .extracting(e -> ((PermissionDeniedException) e).rule()).isEqualTo("seats.session.manage");

        assertThat(published).containsExactly(new Refused(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                ALICE.id(), "seats.session.manage", "no"));
    }

    @Test
    void a_rule_rejection_is_a_rule_refusal_naming_rule_and_field() {
        assertThatThrownBy(() -> ops.enforce(ALICE, Decision.rejected("seats.expired", "expiryDate", "expired")))
                .isInstanceOf(RuleRefusedException.class)
                .satisfies(e -> {
                    assertThat(((RuleRefusedException) e).code()).isEqualTo("seats.expired");
                    assertThat(((RuleRefusedException) e).field()).contains("expiryDate");
                });
        assertThat(published).hasSize(1);
    }

    @Test
    void an_allowed_decision_does_nothing() {
        ops.permit(ALICE, Decision.allowed());
        ops.enforce(ALICE, Decision.allowed());

        assertThat(published).isEmpty();
    }

    /** A rule that answers nothing is a defect to surface, never a silent permission. */
    @Test
    void no_decision_is_not_an_allowance() {
        assertThatThrownBy(() -> ops.permit(ALICE, (Decision) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("no decision");
        assertThatThrownBy(() -> ops.enforce(ALICE, null)).isInstanceOf(NullPointerException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void a_missing_argument_is_invalid_input_naming_the_field() {
        assertThatThrownBy(() -> Operations.required("sessionId", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sessionId");
        assertThatThrownBy(() -> Operations.requireActor(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("actor");
    }
}
