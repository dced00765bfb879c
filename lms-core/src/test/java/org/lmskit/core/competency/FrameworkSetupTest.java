package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

class FrameworkSetupTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    private static final UserId ROBERT = UserId.of("robert");
    private final InMemoryStorage storage = InMemoryStorage.create();
    private final Lms lms = Lms.builder().storage(storage)
            .directory(learner -> learner.equals(ROBERT) ? Set.of(MANAGER.id()) : Set.of()).build();

    @Test
    void a_framework_is_set_up_in_a_few_lines_and_answers_a_job_view() {
        Catalogue.Job job = lms.competencies().catalogue().setUp(ADMIN)
                .competency("CGCR-01", "Fiabiliser une carrière")
                .competency("CGCR-02", "Produire une estimation fiable au client")
                .profile("donnees", "Traiter et analyser les données", "CGCR-01", "CGCR-02")
                .job("ccr", "Conseiller Carrière Retraite").requires("CGCR-01", "3").requires("CGCR-02", "4")
                .define();

        assertThat(job.version()).isEqualTo(1);
        lms.competencies().positionings().assignJob(ADMIN, ROBERT, JobId.of("ccr"));
        lms.competencies().positionings().positionAtLevel(MANAGER, ROBERT, CompetencyCode.of("CGCR-01"),
                Source.MANAGER, LevelValue.of("3"));
        CompetencyViews.Summary summary = lms.competencies().views()
                .jobView(MANAGER, ROBERT, CompetencyViews.Period.always()).summary();
        assertThat(summary.acquired()).isEqualTo(1);
        assertThat(summary.applicable()).isEqualTo(2);
    }

    @Test
    void one_refusal_and_nothing_of_the_framework_is_stored() {
        assertThatThrownBy(() -> lms.competencies().catalogue().setUp(ADMIN)
                .competency("CGCR-01", "Fiabiliser une carrière")
                .profile("donnees", "Traiter et analyser les données", "CGCR-01", "CGCR-99")
                .job("ccr", "Conseiller Carrière Retraite").requires("CGCR-01", "3")
                .define()).isInstanceOf(org.lmskit.core.error.LmsException.class);
        assertThat(storage.competencyCatalog().findCompetency("CGCR-01")).isEmpty();

        assertThatThrownBy(() -> lms.competencies().catalogue().setUp(MANAGER)
                .competency("CGCR-01", "Fiabiliser une carrière").job("ccr", "CCR").define())
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(storage.competencyCatalog().findCompetency("CGCR-01")).isEmpty();
    }
}
