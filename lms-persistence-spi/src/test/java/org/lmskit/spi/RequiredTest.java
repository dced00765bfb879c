package org.lmskit.spi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.seats.SessionMemberRecord;

class RequiredTest {

    @Test
    void the_first_missing_field_is_named() {
        assertThatThrownBy(() -> Required.fields("a b c", "x", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("b");
        assertThatCode(() -> Required.fields("a b", "x", "y")).doesNotThrowAnyException();
    }

    @Test
    void a_stored_record_refuses_a_missing_field_by_its_name() {
        assertThatThrownBy(() -> new SessionMemberRecord("s", "u", "LEARNER", null, Optional.empty(),
                Optional.empty(), 0)).isInstanceOf(NullPointerException.class).hasMessage("joinedAt");
        assertThatThrownBy(() -> new EnrolmentRecord("c", "l", "FREE", Instant.EPOCH, Optional.empty(), null,
                List.of(), Optional.empty(), 0)).hasMessage("enrolledBy");
    }
}
