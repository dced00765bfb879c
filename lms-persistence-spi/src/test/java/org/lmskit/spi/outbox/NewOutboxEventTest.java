package org.lmskit.spi.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What both adapters may be handed: the checks that keep them accepting exactly the same events. */
class NewOutboxEventTest {
    private static final String ID = "5f0c2f7e-8a51-4f86-9d0b-2d6a7f3c1e11";

    private static NewOutboxEvent event(String id, String aggregateType, String aggregateId, String type) {
        return new NewOutboxEvent(id, aggregateType, aggregateId, type, "{}", Instant.EPOCH);
    }

    @Test
    void the_id_is_a_canonical_lower_case_uuid() {
        assertThat(event(ID, "learner", "alice", "T").id()).isEqualTo(ID);
        assertThatThrownBy(() -> event(ID.toUpperCase(java.util.Locale.ROOT), "learner", "alice", "T"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("canonical");
        assertThatThrownBy(() -> event("not-a-uuid", "learner", "alice", "T"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event("1-1-1-1-1", "learner", "alice", "T"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("canonical");
    }

    @Test
    void names_hold_1_to_255_characters() {
        String longest = "x".repeat(NewOutboxEvent.MAX_NAME);
        assertThat(event(ID, longest, longest, longest).aggregateId()).hasSize(255);
        assertThat(event(ID, "a", "b", "c").type()).isEqualTo("c");
        String tooLong = longest + "x";
        assertThatThrownBy(() -> event(ID, tooLong, "alice", "T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(ID, "learner", tooLong, "T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(ID, "learner", "alice", tooLong)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(ID, "", "alice", "T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(ID, "learner", "alice", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }
}
