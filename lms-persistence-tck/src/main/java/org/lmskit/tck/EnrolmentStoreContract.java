package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.AdaptiveFixtures.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.EnrolmentStore;

public abstract class EnrolmentStoreContract extends StorageContract {

    private EnrolmentStore enrolments() {
        return storage.enrolments();
    }

    @Test
    void an_enrolment_round_trips_with_its_waivers_in_order() {
        EnrolmentRecord enrolment = new EnrolmentRecord("ccr", "andreu", "MANDATORY", at(0),
                Optional.of(LocalDate.of(2026, 12, 31)), "manon", List.of(
                        new EnrolmentRecord.Waiver("l3", "competencies acquired: CGCR-01 3 >= 3"),
                        new EnrolmentRecord.Waiver("l1", "competencies acquired: COM-03 3 >= 3")),
                Optional.of(at(0)), 0);

        EnrolmentRecord stored = enrolments().insert(enrolment);

        assertThat(stored).isEqualTo(enrolment.withVersion(1));
        assertThat(enrolments().find("ccr", "andreu")).contains(stored);
        assertThatThrownBy(() -> enrolments().insert(enrolment)).isInstanceOf(DuplicateKeyException.class);
    }

    @RepeatedTest(3)
    void two_enrolments_racing_for_one_learner_make_one() {
        long won = Race.successfulWrites(4, () -> enrolments().insert(enrolment("ccr", "andreu", "FREE", at(0))));

        assertThat(won).isEqualTo(1);
    }

    @Test
    void a_stale_update_never_overwrites() {
        EnrolmentRecord v1 = enrolments().insert(enrolment("ccr", "andreu", "FREE", at(0)));
        EnrolmentRecord v2 = enrolments().update(enrolment("ccr", "andreu", "MANDATORY", at(0)).withVersion(1));

        assertThatThrownBy(() -> enrolments().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(enrolments().find("ccr", "andreu")).contains(v2);
    }

    @Test
    void a_course_enrolments_are_paged_by_learner_and_filtered_by_type() {
        enrolments().insert(enrolment("c1", "demory", "MANDATORY", at(0)));
        enrolments().insert(enrolment("c1", "agasse", "FREE", at(0)));
        enrolments().insert(enrolment("c1", "borrat", "MANDATORY", at(0)));
        enrolments().insert(enrolment("c2", "agasse", "MANDATORY", at(0)));

        Page<EnrolmentRecord> all = enrolments().findByCourse("c1", Set.of(), PageRequest.first(2));
        Page<EnrolmentRecord> mandatory = enrolments().findByCourse("c1", Set.of("MANDATORY"), PageRequest.first(10));

        assertThat(all.items()).extracting(EnrolmentRecord::learnerId).containsExactly("agasse", "borrat");
        assertThat(all.total()).isEqualTo(3);
        assertThat(mandatory.items()).extracting(EnrolmentRecord::learnerId).containsExactly("borrat", "demory");
        assertThat(enrolments().findByCourse("c1", Set.of("FREE"), new PageRequest(5, 10)).total()).isEqualTo(1);
        assertThat(enrolments().findByLearner("agasse")).extracting(EnrolmentRecord::courseId)
                .containsExactly("c1", "c2");
        assertThat(enrolments().findByCourse("' OR '1'='1", Set.of(), PageRequest.first(10)).total()).isZero();
        assertThat(enrolments().findByLearners(List.of("demory", "agasse", "nobody")))
                .extracting(e -> e.learnerId() + "/" + e.courseId()).containsExactly("agasse/c1", "agasse/c2", "demory/c1");
        assertThat(enrolments().findByLearners(List.of())).isEmpty();
    }
}
