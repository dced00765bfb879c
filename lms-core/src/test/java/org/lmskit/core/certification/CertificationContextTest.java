package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.notification.Notifier;
import org.lmskit.inmemory.InMemoryStorage;

class CertificationContextTest {
    private final List<LmsEvent> published = new ArrayList<>();
    private final InMemoryStorage storage = InMemoryStorage.create();
    private final CertificationContext ctx = new CertificationContext(storage,
            new AuditWriter(storage.auditTrail(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)), published::add,
            Notifier.noop(), Directory.empty(), IdGenerator.randomUuids(), CertificationSettings.ofDefaults());
    private final CertificationEvent submitted = new CertificationEvent.CaseStudySubmitted(Instant.EPOCH,
            UserId.of("alice"), RecrutementEtSourcing.PATH);

    @Test
    void events_of_a_committed_write_go_out_after_it() {
        ctx.write(() -> {
            ctx.publish(submitted);
            assertThat(published).isEmpty();
            return null;
        });

        assertThat(published).containsExactly(submitted);
    }

    @Test
    void events_of_a_rolled_back_write_never_go_out() {
        assertThatThrownBy(() -> ctx.write(() -> {
            ctx.publish(submitted);
            throw new IllegalStateException("failure after the event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(published).isEmpty();
    }

    @Test
    void outside_a_write_an_event_goes_out_at_once() {
        ctx.publish(submitted);

        assertThat(published).containsExactly(submitted);
    }
}
