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

/**
 * The contract every adapter's {@code EnrolmentStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
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

    /**
     * Reading a whole course page after page from the last learner id gives every enrolment once, in
     * {@code findByCourse}'s order, types filtered, other courses left out; the adapter's answer equals the SPI's
     * default walk over {@code findByCourse}.
     */
    @Test
    void a_course_read_after_each_page_s_last_learner_gives_every_enrolment_once_in_order() {
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 60; i++) {
            String learner = "l" + random.nextInt(1000) + "-" + i + (i % 7 == 0 ? "é" : "");
            enrolments().insert(enrolment("c1", learner, i % 3 == 0 ? "FREE" : "MANDATORY", at(0)));
            if (i % 5 == 0) {
                enrolments().insert(enrolment("c2", learner, "MANDATORY", at(0)));
            }
        }
        EnrolmentStore reference = new EnrolmentStore() {
            @Override
            public Optional<EnrolmentRecord> find(String courseId, String learnerId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public EnrolmentRecord insert(EnrolmentRecord enrolment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public EnrolmentRecord update(EnrolmentRecord enrolment) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<EnrolmentRecord> findByCourse(String courseId, Set<String> types, PageRequest page) {
                return enrolments().findByCourse(courseId, types, page);
            }

            @Override
            public List<EnrolmentRecord> findByLearner(String learnerId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<EnrolmentRecord> findByLearners(java.util.Collection<String> learnerIds) {
                throw new UnsupportedOperationException();
            }
        };
        for (Set<String> types : List.of(Set.<String>of(), Set.of("MANDATORY"), Set.of("FREE", "MANDATORY"))) {
            List<EnrolmentRecord> expected = enrolments().findByCourse("c1", types, PageRequest.first(1000)).items();
            for (EnrolmentStore store : List.of(enrolments(), reference)) {
                List<EnrolmentRecord> read = new java.util.ArrayList<>();
                Optional<String> after = Optional.empty();
                while (true) {
                    List<EnrolmentRecord> page = store.findByCourseAfter("c1", types, after, 7);
                    assertThat(page.size()).isLessThanOrEqualTo(7);
                    if (page.isEmpty()) {
                        break;
                    }
                    read.addAll(page);
                    after = Optional.of(page.get(page.size() - 1).learnerId());
                }
                assertThat(read).as("types %s", types).containsExactlyElementsOf(expected);
            }
        }
        assertThat(enrolments().findByCourseAfter("c1", Set.of(), Optional.empty(), 1000)).hasSize(60);
        assertThat(enrolments().findByCourseAfter("' OR '1'='1", Set.of(), Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> enrolments().findByCourseAfter("c1", Set.of(), Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enrolments().findByCourseAfter("c1", Set.of(), Optional.empty(), 1001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(enrolments().findByCourseAfter("c1", Set.of(), Optional.empty(), 1)).hasSize(1);
        assertThatThrownBy(() -> enrolments().findByCourseAfter(null, Set.of(), Optional.empty(), 10))
                .isInstanceOf(NullPointerException.class).hasMessage("courseId");
        assertThatThrownBy(() -> enrolments().findByCourseAfter("c1", null, Optional.empty(), 10))
                .isInstanceOf(NullPointerException.class).hasMessage("types");
        assertThatThrownBy(() -> enrolments().findByCourseAfter("c1", Set.of(), null, 10))
                .isInstanceOf(NullPointerException.class).hasMessage("afterLearnerId");
    }
}
