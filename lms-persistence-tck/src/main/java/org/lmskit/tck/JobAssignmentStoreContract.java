package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;

/**
 * The contract every adapter's {@code JobAssignmentStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class JobAssignmentStoreContract extends StorageContract {

    private JobAssignmentStore assignments() {
        return storage.jobAssignments();
    }

    @Test
    void a_learner_has_one_target_job() {
        JobAssignmentRecord v1 = assignments().insert(new JobAssignmentRecord("robert", "ccr", at(0), 0));

        assertThat(assignments().find("robert")).contains(v1);
        assertThatThrownBy(() -> assignments().insert(new JobAssignmentRecord("robert", "other", at(1), 0)))
                .isInstanceOf(DuplicateKeyException.class);
        JobAssignmentRecord v2 = assignments().update(new JobAssignmentRecord("robert", "other", at(2), 1));
        assertThatThrownBy(() -> assignments().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(assignments().find("robert")).contains(v2);
    }

    @Test
    void a_team_is_read_in_one_call() {
        assignments().insert(new JobAssignmentRecord("robert", "ccr", at(0), 0));
        assignments().insert(new JobAssignmentRecord("dino", "ccr", at(0), 0));

        assertThat(assignments().findAll(List.of("robert", "dino", "nobody"))).containsOnlyKeys("robert", "dino");
        assertThat(assignments().findAll(List.of())).isEmpty();
        assertThat(assignments().findAll(List.of("' OR '1'='1"))).isEmpty();
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        JobAssignmentRecord v1 = assignments().insert(new JobAssignmentRecord("robert", "ccr", at(0), 0));

        assertThat(Race.successfulWrites(4, () -> assignments().update(v1))).isEqualTo(1);
    }
}
