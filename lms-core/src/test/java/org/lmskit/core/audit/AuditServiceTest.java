package org.lmskit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.audit.AuditQuery;

class AuditServiceTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor OTHER_ADMIN = Actor.of("admin-2", Role.ADMINISTRATOR);
    private static final Actor LEARNER = Actor.of("alice", Role.LEARNER);

    private final Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();

    @Test
    void an_administrator_reads_the_trail_of_a_record() {
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p"), GradingTable.ofDefaults(), 0);

        assertThat(lms.audit().find(OTHER_ADMIN, AuditQuery.byRecord("grading-table", "p")).items())
                .singleElement().satisfies(e -> assertThat(e.actorId()).isEqualTo("admin"));
    }

    @Test
    void anyone_reads_what_they_did_themselves_but_not_what_others_did() {
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p"),
                GradingTable.of(new BigDecimal("19"), new BigDecimal("15"), new BigDecimal("12")), 0);

        assertThat(lms.audit().find(LEARNER, AuditQuery.byActor("alice")).items()).isEmpty();
        assertThatThrownBy(() -> lms.audit().find(LEARNER, AuditQuery.byActor("admin")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lms.audit().find(LEARNER, AuditQuery.byRecord("grading-table", "p")))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
