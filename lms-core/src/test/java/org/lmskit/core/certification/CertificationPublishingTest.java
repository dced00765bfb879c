package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.CORRECTOR;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;

/**
 * What the certification set-up tells the host, and what it refuses: each change of a grading table, a path's
 * set-up or its case study is published once it is stored (with the version stored); a refused change publishes
 * its refusal and changes nothing; a version below 0 is refused before anything is read.
 */
class CertificationPublishingTest {
    private final CertificationWorld world = new CertificationWorld();
    private final CertificationService grading = world.lms.certification().grading();

    @Test
    void grading_table_changes_and_resets_are_published_with_the_version_stored() {
        GradingTable table = GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13"));
        grading.defineGradingTable(ADMIN, PATH, table, 0);
        grading.resetGradingTable(ADMIN, PATH, 1);

        assertThat(world.events(CertificationEvent.GradingTableChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.table()).isEqualTo(table);
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.actor()).isEqualTo(ADMIN.id());
        });
        assertThat(world.events(CertificationEvent.GradingTableReset.class)).singleElement()
                .satisfies(e -> assertThat(e.pathId()).isEqualTo(PATH));
    }

    /** A change from a stale read is refused as a conflict, and the refusal is published with its reason. */
    @Test
    void a_grading_table_change_from_a_stale_read_is_refused_and_published() {
        GradingTable table = GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13"));
        grading.defineGradingTable(ADMIN, PATH, table, 0);

        assertThatThrownBy(() -> grading.defineGradingTable(ADMIN, PATH, table, 7))
                .isInstanceOf(org.lmskit.core.error.ConflictException.class);

        assertThat(world.events(CertificationEvent.GradingTableChangeRefused.class)).singleElement().satisfies(e -> {
            assertThat(e.pathId()).isEqualTo(PATH);
            assertThat(e.actor()).isEqualTo(ADMIN.id());
            assertThat(e.reason()).isEqualTo(org.lmskit.core.error.ConflictException.STALE_VERSION);
        });
    }

    @Test
    void only_an_administrator_resets_a_table_and_the_refusal_is_published() {
        grading.defineGradingTable(ADMIN, PATH, GradingTable.ofDefaults(), 0);
        assertThatThrownBy(() -> grading.resetGradingTable(CORRECTOR, PATH, 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(world.events(CertificationEvent.GradingTableChangeRefused.class)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(CORRECTOR.id()));
        assertThat(world.events(CertificationEvent.GradingTableReset.class)).isEmpty();
        assertThat(grading.gradingTable(PATH).version()).isEqualTo(1);
    }

    @Test
    void a_set_up_and_a_published_case_study_are_published_and_a_negative_version_is_refused_first() {
        CertificationPathSetup setup = grading.definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        grading.publishCaseStudy(ADMIN, PATH, RecrutementEtSourcing.questions(12), setup.version());

        assertThat(world.events(CertificationEvent.PathSetupChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.version()).isEqualTo(1));
        assertThat(world.events(CertificationEvent.CaseStudyPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.caseStudyVersion()).isEqualTo(2));
        assertThatThrownBy(() -> grading.publishCaseStudy(ADMIN, PATH, RecrutementEtSourcing.questions(12), -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> grading.definePathSetup(ADMIN, new CertificationPathSetup(PATH, true,
                setup.mandatoryThemes(), 3, RecrutementEtSourcing.questions(10), -1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThat(world.events(CertificationEvent.CaseStudyPublished.class)).hasSize(1);
    }
}
