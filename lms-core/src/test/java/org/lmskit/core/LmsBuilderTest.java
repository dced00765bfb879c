package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.lmskit.inmemory.InMemoryStorage;

class LmsBuilderTest {

    @Test
    void storage_is_required_and_the_error_says_where_to_get_one() {
        assertThatThrownBy(() -> Lms.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("InMemoryStorage.create()");
    }

    @Test
    void null_ports_are_refused_when_passed() {
        assertThatThrownBy(() -> Lms.builder().clock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Lms.builder().eventPublisher(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Lms.builder().storage(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void defaults_are_the_utc_system_clock_and_the_storage_capabilities_are_reported() {
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();

        assertThat(lms.clock()).isEqualTo(Clock.systemUTC());
        assertThat(lms.storageCapabilities().name()).isEqualTo("in-memory");
        assertThat(lms.storageCapabilities().persistent()).isFalse();
    }
}
