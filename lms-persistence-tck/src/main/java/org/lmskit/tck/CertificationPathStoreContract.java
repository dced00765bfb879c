package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.path;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;

public abstract class CertificationPathStoreContract extends StorageContract {

    private CertificationPathStore paths() {
        return storage.certificationPaths();
    }

    @Test
    void a_path_set_up_is_stored_whole_with_its_questions_in_order() {
        CertificationPathRecord stored = paths().insert(path("p"));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(paths().find("p")).contains(stored);
        assertThat(paths().find("p").orElseThrow().caseStudyQuestions()).extracting(q -> q.questionId())
                .containsExactly("q1", "q2");
        assertThat(paths().find("other")).isEmpty();
    }

    @Test
    void an_empty_set_up_round_trips() {
        CertificationPathRecord empty = new CertificationPathRecord("free", false, Set.of(), 0, List.of(), 0);
        assertThat(paths().find("free")).isEmpty();
        assertThat(paths().insert(empty)).isEqualTo(empty.withVersion(1));
        assertThat(paths().find("free")).contains(empty.withVersion(1));
    }

    @Test
    void a_second_insert_is_refused_and_a_stale_update_never_overwrites() {
        CertificationPathRecord v1 = paths().insert(path("p"));
        assertThatThrownBy(() -> paths().insert(path("p"))).isInstanceOf(DuplicateKeyException.class);

        CertificationPathRecord v2 = paths().update(new CertificationPathRecord("p", true, Set.of("sourcing"), 5,
                v1.caseStudyQuestions(), 1));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> paths().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> paths().update(path("ghost").withVersion(1))).isInstanceOf(StaleVersionException.class);
        assertThat(paths().find("p")).contains(v2);
    }

    @Test
    void hostile_ids_are_only_data() {
        for (String text : HOSTILE_TEXT) {
            CertificationPathRecord stored = paths().insert(path(text));
            assertThat(paths().find(text)).as(text).contains(stored);
        }
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        CertificationPathRecord v1 = paths().insert(path("p"));

        assertThat(Race.successfulWrites(4, () -> paths().update(v1))).isEqualTo(1);
        assertThat(paths().find("p").orElseThrow().version()).isEqualTo(2);
    }
}
