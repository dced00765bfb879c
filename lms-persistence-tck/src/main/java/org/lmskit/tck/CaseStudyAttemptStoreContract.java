package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.caseStudy;
import static org.lmskit.tck.CertificationFixtures.corrected;

import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyAttemptStore;

/**
 * The contract every adapter's {@code CaseStudyAttemptStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class CaseStudyAttemptStoreContract extends StorageContract {

    private CaseStudyAttemptStore caseStudies() {
        return storage.caseStudies();
    }

    @Test
    void an_attempt_in_progress_round_trips() {
        CaseStudyAttemptRecord stored = caseStudies().insert(caseStudy("alice", "p", "IN_PROGRESS", at(0), Optional.empty()));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(caseStudies().find("alice", "p")).contains(stored);
        assertThat(caseStudies().find("alice", "other")).isEmpty();
    }

    @Test
    void a_corrected_attempt_keeps_points_grade_level_corrector_comment_and_dates() {
        CaseStudyAttemptRecord stored = caseStudies().insert(corrected("alice", "p", at(0)));

        assertThat(caseStudies().find("alice", "p")).contains(stored);
    }

    @Test
    void a_second_attempt_on_the_same_path_is_refused_and_a_stale_update_never_overwrites() {
        CaseStudyAttemptRecord v1 = caseStudies().insert(caseStudy("alice", "p", "IN_PROGRESS", at(0), Optional.empty()));
        assertThatThrownBy(() -> caseStudies().insert(caseStudy("alice", "p", "IN_PROGRESS", at(1), Optional.empty())))
                .isInstanceOf(DuplicateKeyException.class);

        CaseStudyAttemptRecord v2 = caseStudies().update(caseStudy("alice", "p", "SUBMITTED", at(0),
                Optional.of(at(5))).withVersion(1));
        assertThatThrownBy(() -> caseStudies().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(caseStudies().find("alice", "p")).contains(v2);
    }

    @Test
    void the_pile_of_a_status_comes_oldest_submission_first_and_paged() {
        caseStudies().insert(caseStudy("late", "p", "SUBMITTED", at(0), Optional.of(at(30))));
        caseStudies().insert(caseStudy("early", "p", "SUBMITTED", at(5), Optional.of(at(10))));
        caseStudies().insert(caseStudy("tie-b", "p", "SUBMITTED", at(0), Optional.of(at(20))));
        caseStudies().insert(caseStudy("tie-a", "p", "SUBMITTED", at(0), Optional.of(at(20))));
        caseStudies().insert(caseStudy("writing", "p", "IN_PROGRESS", at(0), Optional.empty()));
        caseStudies().insert(caseStudy("elsewhere", "q", "SUBMITTED", at(0), Optional.of(at(1))));

        Page<CaseStudyAttemptRecord> first = caseStudies().findByStatus("p", "SUBMITTED", new PageRequest(0, 3));
        Page<CaseStudyAttemptRecord> second = caseStudies().findByStatus("p", "SUBMITTED", new PageRequest(3, 3));

        assertThat(first.items()).extracting(CaseStudyAttemptRecord::learnerId).containsExactly("early", "tie-a", "tie-b");
        assertThat(second.items()).extracting(CaseStudyAttemptRecord::learnerId).containsExactly("late");
        assertThat(first.total()).isEqualTo(4);
        assertThat(caseStudies().findByStatus("p", "' OR '1'='1", new PageRequest(0, 10)).total()).isZero();
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        CaseStudyAttemptRecord v1 = caseStudies().insert(caseStudy("alice", "p", "IN_PROGRESS", at(0), Optional.empty()));

        assertThat(Race.successfulWrites(4, () -> caseStudies().update(v1))).isEqualTo(1);
    }
}
