package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.path;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;

/**
 * The contract every adapter's {@code CertificationPathStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class CertificationPathStoreContract extends StorageContract {

    private CertificationPathStore paths() {
        return storage.certificationPaths();
    }

    @Test
    void a_path_set_up_is_stored_whole_with_its_questions_in_order() {
        CertificationPathRecord stored = paths().insert(path("p"));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(paths().find("p")).contains(stored);
        assertThat(paths().find("p").orElseThrow().currentCaseStudy().orElseThrow().questions())
                .extracting(q -> q.questionId()).containsExactly("q1", "q2");
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
                v1.caseStudies(), 1));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> paths().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> paths().update(path("ghost").withVersion(1))).isInstanceOf(StaleVersionException.class);
        assertThat(paths().find("p")).contains(v2);
    }

    @Test
    void every_case_study_version_is_kept_with_its_own_questions_in_order() {
        CertificationPathRecord v1 = paths().insert(path("p"));
        List<CaseStudyVersionRecord> versions = List.of(v1.caseStudies().get(0),
                new CaseStudyVersionRecord(2, List.of(new CaseStudyQuestionRecord("q3", "Menez l'entretien", BigDecimal.TEN),
                        new CaseStudyQuestionRecord("q1", "Rédigez l'annonce, version 2", new BigDecimal("7.5")))),
                new CaseStudyVersionRecord(5, List.of(new CaseStudyQuestionRecord("q9", "Concluez", BigDecimal.ONE))));

        CertificationPathRecord v2 = paths().update(new CertificationPathRecord("p", true, v1.mandatoryThemeIds(), 3,
                versions, 1));

        CertificationPathRecord read = paths().find("p").orElseThrow();
        assertThat(read).isEqualTo(v2);
        assertThat(read.caseStudies()).extracting(CaseStudyVersionRecord::version).containsExactly(1, 2, 5);
        assertThat(read.caseStudy(2).orElseThrow().questions()).extracting(q -> q.questionId())
                .containsExactly("q3", "q1");
        assertThat(read.currentCaseStudy()).contains(versions.get(2));
        assertThat(read.caseStudy(3)).isEmpty();
    }

    @Test
    void case_study_versions_must_rise_and_hold_a_question() {
        CaseStudyVersionRecord one = path("p").caseStudies().get(0);
        assertThatThrownBy(() -> new CertificationPathRecord("p", true, Set.of(), 0, List.of(one, one), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rise");
        assertThatThrownBy(() -> new CaseStudyVersionRecord(0, one.questions()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseStudyVersionRecord(1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
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
