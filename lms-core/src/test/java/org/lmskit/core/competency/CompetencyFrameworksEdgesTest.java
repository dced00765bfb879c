package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.CompetencyFrameworksTest.ADMIN;
import static org.lmskit.core.competency.CompetencyFrameworksTest.DOC;
import static org.lmskit.core.competency.CompetencyFrameworksTest.RUBRIC;
import static org.lmskit.core.competency.CompetencyFrameworksTest.childOf;
import static org.lmskit.core.competency.CompetencyFrameworksTest.id;
import static org.lmskit.core.competency.CompetencyFrameworksTest.item;
import static org.lmskit.core.competency.CompetencyFrameworksTest.seed000;
import static org.lmskit.core.competency.CompetencyFrameworksTest.seed000Levels;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.competency.CompetencyFrameworks.ImportReport;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;

/** What an import keeps, replaces or refuses at its edges, and what an export writes, on both adapters. */
class CompetencyFrameworksEdgesTest {
    private static final CompetencyCode FIRST = CompetencyCode.of("TEST-ANE_002-CGCR-01");
    private final List<StorageProvider> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(StorageProvider::close);
    }

    private Lms lms(Storages kind) {
        StorageProvider storage = kind.fresh();
        opened.add(storage);
        return Lms.builder().storage(storage).clock(Clock.fixed(CompetencyFrameworksTest.NOW, ZoneOffset.UTC)).build();
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void even_a_package_with_no_record_needs_an_administrator(Storages kind) {
        Lms lms = lms(kind);
        CasePackage empty = new CasePackage(new Document(DOC, "Vide", "lmskit", "", Optional.empty()), List.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> lms.competencies().frameworks().importPackage(Actor.of("manon", Role.MANAGER), empty))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lms.competencies().frameworks().export(FrameworkId.of(DOC)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_framework_whose_document_alone_changed_is_updated_to_a_new_version(Storages kind) {
        Lms lms = lms(kind);
        CompetencyFrameworks frameworks = lms.competencies().frameworks();
        CasePackage first = seed000("Fiabiliser une carrière");
        frameworks.importPackage(ADMIN, first);
        Document d = first.document();
        CasePackage retitled = new CasePackage(new Document(DOC, "CCR (2027)", d.creator(), d.description(),
                d.lastChange()), first.items(), first.associations(), first.rubrics());

        ImportReport report = frameworks.importPackage(ADMIN, retitled);

        assertThat(report.version()).isEqualTo(2);
        assertThat(report.created()).isFalse();
        assertThat(frameworks.export(FrameworkId.of(DOC)).document().title()).isEqualTo("CCR (2027)");
    }

    /**
     * Thresholds an administrator tuned on an imported competency survive a re-import onto the same scale; when the
     * rubric's levels change so that they no longer fit, the competency gets even steps over the new levels.
     */
    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void tuned_thresholds_survive_a_re_import_while_they_fit_the_scale(Storages kind) {
        Lms lms = lms(kind);
        CompetencyFrameworks frameworks = lms.competencies().frameworks();
        frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière"));
        CompetencyCatalogue catalogue = lms.competencies().catalogue();
        Catalogue.Competency imported = catalogue.competency(FIRST);
        ScoreThresholds tuned = new ScoreThresholds(List.of(new ScoreThresholds.Threshold(BigDecimal.ZERO, "1"),
                new ScoreThresholds.Threshold(new BigDecimal("50"), "3"),
                new ScoreThresholds.Threshold(new BigDecimal("90"), "5")));
        catalogue.defineCompetency(ADMIN, new Catalogue.Competency(FIRST, imported.title(), imported.description(),
                imported.scale(), tuned, imported.version()));

        ImportReport again = frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière (revu)"));

        assertThat(again.competencies().updated()).isEqualTo(1);
        assertThat(catalogue.competency(FIRST).thresholds()).isEqualTo(tuned);

        CasePackage threeLevels = withLevels(seed000("Fiabiliser une carrière (revu)"), List.of(
                new Level(1, Optional.of(BigDecimal.ONE), "Débutant", ""),
                new Level(2, Optional.of(BigDecimal.valueOf(2)), "Confirmé", ""),
                new Level(3, Optional.of(BigDecimal.valueOf(3)), "Expert", "")));
        frameworks.importPackage(ADMIN, threeLevels);

        Scale scale = catalogue.scale(imported.scale());
        assertThat(scale.levels()).extracting(ScaleLevel::code).containsExactly("1", "2", "3");
        assertThat(catalogue.competency(FIRST).thresholds()).isEqualTo(ScoreThresholds.evenlyOver(scale));
    }

    private static CasePackage withLevels(CasePackage pkg, List<Level> levels) {
        List<Rubric> rubrics = pkg.rubrics().stream().map(r -> new Rubric(r.identifier(), r.title(), r.description(),
                r.criteria().stream().map(c -> new Criterion(c.identifier(), c.item(), levels)).toList())).toList();
        return new CasePackage(pkg.document(), pkg.items(), pkg.associations(), rubrics);
    }

    /**
     * A profile nested in another holds only competencies (the nested profile is not one of its competencies), and
     * the export writes every association back: the nested profile under its parent, competencies under their profile
     * numbered from 1, a competency in no profile under the document, each criterion under its own identifier and
     * each level numbered from 1.
     */
    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void nested_profiles_hold_competencies_only_and_the_export_writes_every_association_back(Storages kind) {
        Lms lms = lms(kind);
        CasePackage pkg = new CasePackage(new Document(DOC, "CCR", "lmskit", "", Optional.empty()),
                List.of(item(1, "ccr-profile-1", "Traiter les données"), item(2, "TEST-ANE_002-CGCR-01", "Fiabiliser"),
                        item(3, "ccr-profile-1a", "Estimer"), item(4, "TEST-ANE_002-CGCR-02", "Produire une estimation"),
                        item(5, "TEST-ANE_002-CGCR-09", "Hors profil")),
                List.of(childOf(1, DOC, null), childOf(2, id(1), 1), childOf(3, id(1), 2), childOf(4, id(3), 1),
                        childOf(5, DOC, null)),
                List.of(new Rubric(RUBRIC, "Niveaux 1 à 5", "", List.of(
                        new Criterion(id(900), Optional.of(id(2)), seed000Levels())))));

        lms.competencies().frameworks().importPackage(ADMIN, pkg);

        CompetencyCatalogue catalogue = lms.competencies().catalogue();
        assertThat(catalogue.profile(ProfileId.of("ccr-profile-1")).competencies()).containsExactly(FIRST);
        assertThat(catalogue.profile(ProfileId.of("ccr-profile-1a")).competencies())
                .containsExactly(CompetencyCode.of("TEST-ANE_002-CGCR-02"));
        CasePackage exported = lms.competencies().frameworks().export(FrameworkId.of(DOC));
        assertThat(exported.associations()).extracting(a -> a.origin() + " -> " + a.destination() + " "
                        + a.sequenceNumber().map(String::valueOf).orElse("-"))
                .containsExactlyInAnyOrder(id(1) + " -> " + DOC + " -", id(2) + " -> " + id(1) + " 1",
                        id(3) + " -> " + id(1) + " -", id(4) + " -> " + id(3) + " 1", id(5) + " -> " + DOC + " -");
        Rubric rubric = exported.rubrics().stream().filter(r -> r.identifier().equals(RUBRIC)).findFirst().orElseThrow();
        assertThat(rubric.criteria()).singleElement().satisfies(c -> {
            assertThat(c.identifier()).isEqualTo(id(900));
            assertThat(c.item()).contains(id(2));
            assertThat(c.levels()).extracting(Level::position).containsExactly(1, 2, 3, 4, 5);
        });
        assertThat(exported.associations()).extracting(Association::type).containsOnly(CasePackage.IS_CHILD_OF);
    }
}
