package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.DDFPT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.JOB;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditLines;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;

/**
 * Every audited write of the competency capability, with the exact field changes it records (issue 23): the
 * catalogue's definitions, job assignments, and interim reviews from draft to unlock.
 */
class CompetencyAuditTrailTest {
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite();
    private final CompetencyCatalogue catalogue = world.lms.competencies().catalogue();

    private long mark() {
        return AuditLines.mark(world.storage);
    }

    private List<String> since(long mark) {
        return AuditLines.since(world.storage, mark);
    }

    @Test
    void the_catalogue_records_what_each_definition_created_or_changed() {
        long mark = mark();
        Scale scale = catalogue.defineScale(ADMIN, new Scale(org.lmskit.core.id.ScaleId.of("quatre"), "Quatre niveaux",
                List.of(new ScaleLevel("1", "Débutant", ""), new ScaleLevel("2", "Intermédiaire", ""),
                        new ScaleLevel("3", "Confirmé", ""), new ScaleLevel("4", "Expert", "")), false, 0));
        Competency competency = catalogue.defineCompetency(ADMIN, new Competency(CompetencyCode.of("C-01"), "Écouter", "",
                scale.id(), ScoreThresholds.evenlyOver(scale), 0));
        catalogue.defineCompetency(ADMIN, new Competency(competency.code(), "Écouter le client", "", scale.id(),
                ScoreThresholds.evenlyOver(scale), competency.version()));
        catalogue.defineProfile(ADMIN, new Profile(ProfileId.of("p-1"), "Relation client", List.of(competency.code()), 0));
        catalogue.defineJob(ADMIN, new Job(JobId.of("conseiller"), "Conseiller", List.of(ProfileId.of("p-1")),
                Map.of(competency.code(), LevelValue.of("3")), 0));
        assertThat(since(mark)).containsExactly(
                "admin scale/quatre created {name: null -> Quatre niveaux; levels: null -> [1 Débutant, 2 Intermédiaire, "
                        + "3 Confirmé, 4 Expert]; notApplicableAllowed: null -> false}",
                "admin competency/C-01 created {title: null -> Écouter; scale: null -> quatre; thresholds: null -> "
                        + "[1 from 0.00, 2 from 25.00, 3 from 50.00, 4 from 75.00]}",
                // an update lists only what changed, from what it was
                "admin competency/C-01 updated {title: Écouter -> Écouter le client}",
                "admin profile/p-1 created {name: null -> Relation client; competencies: null -> [C-01]}",
                "admin job/conseiller created {title: null -> Conseiller; profiles: null -> [p-1]; requirements: null -> {C-01=3}}");
    }

    @Test
    void a_job_assignment_records_the_job_before_and_after() {
        world.withJob();
        catalogue.defineJob(ADMIN, new Job(JobId.of("autre"), "Autre emploi", catalogue.job(JOB).profiles(),
                catalogue.job(JOB).requirements(), 0));
        long mark = mark();
        world.lms.competencies().positionings().assignJob(ADMIN, ROBERT, JOB);
        world.lms.competencies().positionings().assignJob(ADMIN, ROBERT, JobId.of("autre"));
        assertThat(since(mark)).containsExactly(
                "admin job-assignment/robert-redford assigned {job: null -> conseiller-carriere-retraite}",
                "admin job-assignment/robert-redford assigned {job: conseiller-carriere-retraite -> autre}");
    }

    @Test
    void an_interim_review_records_its_positions_findings_and_advice_then_each_change_of_status() {
        world.withJob().withTeam();
        List<CompetencyCode> codes = ConseillerCarriereRetraite.allCodes();
        Map<CompetencyCode, LevelValue> positions = new LinkedHashMap<>();
        positions.put(codes.get(0), LevelValue.of("3"));
        positions.put(codes.get(1), LevelValue.notApplicable());
        ReviewService reviews = world.lms.competencies().reviews();
        long mark = mark();
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions, "Constats", "");
        Map<CompetencyCode, LevelValue> changed = new LinkedHashMap<>(positions);
        changed.put(codes.get(0), LevelValue.of("4"));
        InterimReview updated = reviews.update(MANAGER, draft.id(), changed, "Constats", "Conseils", draft.version());
        InterimReview finalized = reviews.finalize(MANAGER, draft.id(), updated.version());
        reviews.unlock(DDFPT, draft.id(), "erreur de saisie", finalized.version());
        String id = draft.id().value();
        assertThat(since(mark).stream().filter(l -> l.contains("interim-review/")).toList()).containsExactly(
                "manon interim-review/" + id + " drafted {positions.TEST-ANE_002-CGCR-01: null -> 3; "
                        + "positions.TEST-ANE_002-CGCR-02: null -> not-applicable; findings: null -> Constats}",
                "manon interim-review/" + id + " updated {positions.TEST-ANE_002-CGCR-01: 3 -> 4; advice: null -> Conseils}",
                "manon interim-review/" + id + " finalized {status: DRAFT -> FINAL}",
                "ddfpt interim-review/" + id + " unlocked {status: FINAL -> UNLOCKED; reason: null -> erreur de saisie}");
    }

    @Test
    void a_framework_import_records_the_framework_created_and_a_reimport_that_changes_only_an_item_leaves_it() {
        CompetencyFrameworks frameworks = world.lms.competencies().frameworks();
        long mark = mark();
        frameworks.importPackage(ADMIN, CompetencyFrameworksTest.seed000("Fiabiliser une carrière"));
        frameworks.importPackage(ADMIN, CompetencyFrameworksTest.seed000("Fiabiliser une carrière (revu)"));
        // the second package renames a competency (audited on the competency), not the framework's own record
        assertThat(since(mark).stream().filter(l -> l.contains(" framework/")).toList()).containsExactly(
                "admin framework/c0ffee00-0000-4000-8000-000000000000 created {title: null -> Conseiller Carrière Retraite; "
                        + "creator: null -> lmskit; nodes: null -> 5}");
        assertThat(since(mark)).contains("admin competency/TEST-ANE_002-CGCR-01 updated "
                + "{title: Fiabiliser une carrière -> Fiabiliser une carrière (revu)}");
    }
}
