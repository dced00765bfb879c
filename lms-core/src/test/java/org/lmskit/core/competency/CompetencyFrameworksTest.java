package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.competency.CompetencyFrameworks.Counts;
import org.lmskit.core.competency.CompetencyFrameworks.ImportReport;
import org.lmskit.core.competency.framework.CaseIdentifiers;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;

/** Importing and exporting IMS CASE packages, on both adapters. */
class CompetencyFrameworksTest {
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    static final String DOC = "c0ffee00-0000-4000-8000-000000000000";
    static final String RUBRIC = "c0ffee00-0000-4000-8000-0000000000aa";

    private final List<StorageProvider> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(StorageProvider::close);
    }

    Lms lms(Storages kind) {
        StorageProvider storage = kind.fresh();
        opened.add(storage);
        return Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    static String id(int n) {
        return String.format("c0ffee00-0000-4000-8000-%012d", n);
    }

    static Item item(int n, String code, String title) {
        return new Item(id(n), title, code, "");
    }

    static Association childOf(int child, String parent, Integer sequence) {
        return new Association(id(500 + child * 10 + (parent.equals(DOC) ? 0 : 1)), CasePackage.IS_CHILD_OF, id(child),
                parent, Optional.ofNullable(sequence));
    }

    static List<Level> seed000Levels() {
        return List.of(new Level(1, Optional.of(BigDecimal.ONE), "Niveau 1", "non acquis"),
                new Level(2, Optional.of(BigDecimal.valueOf(2)), "Niveau 2", "quelques notions"),
                new Level(3, Optional.of(BigDecimal.valueOf(3)), "Niveau 3", "niveau minimum requis"),
                new Level(4, Optional.of(BigDecimal.valueOf(4)), "Niveau 4", "très bonne maîtrise"),
                new Level(5, Optional.of(BigDecimal.valueOf(5)), "Niveau 5", "expert du sujet"));
    }

    /** Seed 000's first profile of "Conseiller Carrière Retraite", two of its competencies rated on a 1-5 rubric. */
    static CasePackage seed000(String title) {
        return new CasePackage(new Document(DOC, "Conseiller Carrière Retraite", "lmskit", "", Optional.empty()),
                List.of(item(1, "ccr-profile-1", "Traiter et analyser les données"),
                        item(2, "TEST-ANE_002-CGCR-01", title),
                        item(3, "TEST-ANE_002-CGCR-02", "Produire une estimation fiable au client"),
                        item(4, "TEST-ANE_002-CGCR-03", "Réaliser une levée de doute")),
                List.of(childOf(1, DOC, null), childOf(3, id(1), 2), childOf(2, id(1), 1), childOf(4, id(1), 3)),
                List.of(new Rubric(RUBRIC, "Niveaux 1 à 5", "", List.of(
                        new Criterion(id(900), Optional.of(id(2)), seed000Levels()),
                        new Criterion(id(901), Optional.of(id(3)), seed000Levels())))));
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_package_becomes_competencies_a_profile_and_a_scale(Storages kind) {
        Lms lms = lms(kind);

        ImportReport report = lms.competencies().frameworks().importPackage(ADMIN, seed000("Fiabiliser une carrière"));

        assertThat(report).isEqualTo(new ImportReport(FrameworkId.of(DOC), 1, true, new Counts(1, 0, 0),
                new Counts(3, 0, 0), new Counts(1, 0, 0)));
        CompetencyCatalogue catalogue = lms.competencies().catalogue();
        Catalogue.Competency first = catalogue.competency(CompetencyCode.of("TEST-ANE_002-CGCR-01"));
        assertThat(first.title()).isEqualTo("Fiabiliser une carrière");
        assertThat(first.scale()).isEqualTo(ScaleId.of(RUBRIC));
        assertThat(catalogue.competency(CompetencyCode.of("TEST-ANE_002-CGCR-03")).scale()).isEqualTo(Scale.DEFAULT_ID);
        Scale scale = catalogue.scale(ScaleId.of(RUBRIC));
        assertThat(scale.name()).isEqualTo("Niveaux 1 à 5");
        assertThat(scale.levels()).extracting(ScaleLevel::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(scale.levels().get(2)).isEqualTo(new ScaleLevel("3", "Niveau 3", "niveau minimum requis"));
        assertThat(first.thresholds()).isEqualTo(ScoreThresholds.evenlyOver(scale));
        Catalogue.Profile profile = profileOf(lms, "ccr-profile-1");
        assertThat(profile.name()).isEqualTo("Traiter et analyser les données");
        assertThat(profile.competencies()).extracting(CompetencyCode::value)
                .containsExactly("TEST-ANE_002-CGCR-01", "TEST-ANE_002-CGCR-02", "TEST-ANE_002-CGCR-03");
    }

    static Catalogue.Profile profileOf(Lms lms, String id) {
        return lms.competencies().catalogue().profile(ProfileId.of(id));
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void re_importing_the_same_package_changes_nothing_and_an_edited_one_updates_in_place(Storages kind) {
        Lms lms = lms(kind);
        CompetencyFrameworks frameworks = lms.competencies().frameworks();
        frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière"));

        ImportReport again = frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière"));
        assertThat(again).isEqualTo(new ImportReport(FrameworkId.of(DOC), 1, false, new Counts(0, 0, 1),
                new Counts(0, 0, 3), new Counts(0, 0, 1)));

        ImportReport edited = frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière (revu)"));
        assertThat(edited.competencies()).isEqualTo(new Counts(0, 1, 2));
        assertThat(edited.version()).isEqualTo(1);
        Catalogue.Competency first = lms.competencies().catalogue().competency(CompetencyCode.of("TEST-ANE_002-CGCR-01"));
        assertThat(first.title()).isEqualTo("Fiabiliser une carrière (revu)");
        assertThat(first.version()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void the_export_imports_back_to_the_same_catalogue_and_follows_edits_made_in_lmskit(Storages kind) {
        Lms lms = lms(kind);
        CompetencyFrameworks frameworks = lms.competencies().frameworks();
        frameworks.importPackage(ADMIN, seed000("Fiabiliser une carrière"));
        CompetencyCatalogue catalogue = lms.competencies().catalogue();
        Catalogue.Competency added = catalogue.defineCompetency(ADMIN, new Catalogue.Competency(
                CompetencyCode.of("TEST-ANE_002-CGCR-04"), "Assurer le pilotage et le reporting de son activité", "",
                Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(Scale.ofDefaults()), 0));
        Catalogue.Profile profile = catalogue.profile(ProfileId.of("ccr-profile-1"));
        List<CompetencyCode> members = new ArrayList<>(profile.competencies());
        members.add(added.code());
        catalogue.defineProfile(ADMIN, new Catalogue.Profile(profile.id(), profile.name(), members, profile.version()));

        CasePackage exported = frameworks.export(FrameworkId.of(DOC));

        assertThat(exported.items()).extracting(Item::humanCodingScheme).containsExactly("ccr-profile-1",
                "TEST-ANE_002-CGCR-01", "TEST-ANE_002-CGCR-02", "TEST-ANE_002-CGCR-03", "TEST-ANE_002-CGCR-04");
        assertThat(exported.items().get(4).identifier())
                .isEqualTo(CaseIdentifiers.derived("competency", "TEST-ANE_002-CGCR-04"));
        assertThat(exported.rubrics()).extracting(Rubric::identifier)
                .containsExactly(RUBRIC, CaseIdentifiers.derived("scale", "default"));
        assertThat(exported.document().lastChange()).contains(NOW);

        Lms other = lms(kind);
        other.competencies().frameworks().importPackage(ADMIN, exported);
        assertThat(other.competencies().frameworks().export(FrameworkId.of(DOC))).isEqualTo(exported);
        assertThat(other.competencies().catalogue().competency(CompetencyCode.of("TEST-ANE_002-CGCR-03")).scale())
                .isEqualTo(Scale.DEFAULT_ID);
        assertThat(other.competencies().catalogue().profile(ProfileId.of("ccr-profile-1")).competencies())
                .isEqualTo(members);

        ImportReport back = frameworks.importPackage(ADMIN, exported);
        assertThat(back.competencies().updated() + back.profiles().updated() + back.scales().updated()).isZero();
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_hand_made_competency_is_taken_over_by_the_first_import_naming_its_code(Storages kind) {
        Lms lms = lms(kind);
        lms.competencies().catalogue().defineCompetency(ADMIN, new Catalogue.Competency(
                CompetencyCode.of("TEST-ANE_002-CGCR-03"), "Ancien intitulé", "", Scale.DEFAULT_ID,
                ScoreThresholds.evenlyOver(Scale.ofDefaults()), 0));

        ImportReport report = lms.competencies().frameworks().importPackage(ADMIN, seed000("Fiabiliser une carrière"));

        assertThat(report.competencies()).isEqualTo(new Counts(2, 1, 0));
        assertThat(lms.competencies().catalogue().competency(CompetencyCode.of("TEST-ANE_002-CGCR-03")).title())
                .isEqualTo("Réaliser une levée de doute");
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_code_held_by_another_framework_is_refused_naming_the_item_and_nothing_is_stored(Storages kind) {
        Lms lms = lms(kind);
        lms.competencies().frameworks().importPackage(ADMIN, seed000("Fiabiliser une carrière"));
        String otherDoc = id(77);
        CasePackage other = new CasePackage(new Document(otherDoc, "Autre référentiel", "lmskit", "", Optional.empty()),
                List.of(item(78, "NEW-01", "Nouvelle compétence"), item(79, "TEST-ANE_002-CGCR-02", "Reprise")),
                List.of(), List.of());

        assertThatThrownBy(() -> lms.competencies().frameworks().importPackage(ADMIN, other))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CompetencyFrameworks.HELD);
                    assertThat(e.field()).contains("CFItems[" + id(79) + "]");
                    assertThat(e.getMessage()).contains(DOC);
                });
        assertThatThrownBy(() -> lms.competencies().catalogue().competency(CompetencyCode.of("NEW-01")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lms.competencies().frameworks().export(FrameworkId.of(otherDoc)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_failure_at_the_last_write_takes_back_every_record_the_import_wrote(Storages kind) {
        StorageProvider storage = kind.fresh();
        opened.add(storage);
        // the framework row is written last; a storage that fails there shows what the transaction takes back
        org.lmskit.spi.competency.FrameworkStore failing = (org.lmskit.spi.competency.FrameworkStore)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.lmskit.spi.competency.FrameworkStore.class}, (proxy, method, args) -> {
                            if (method.getName().equals("insert")) {
                                throw new org.lmskit.spi.StoreException("disk full", null);
                            }
                            try {
                                return method.invoke(storage.competencyFrameworks(), args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        StorageProvider broken = (StorageProvider) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StorageProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("competencyFrameworks")) {
                        return failing;
                    }
                    try {
                        return method.invoke(storage, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Lms lms = Lms.builder().storage(broken).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThatThrownBy(() -> lms.competencies().frameworks().importPackage(ADMIN, seed000("Fiabiliser une carrière")))
                .isInstanceOf(RuntimeException.class);

        assertThat(storage.competencyCatalog().findCompetencies(List.of("TEST-ANE_002-CGCR-01", "TEST-ANE_002-CGCR-03")))
                .isEmpty();
        assertThat(storage.competencyCatalog().findProfiles(List.of("ccr-profile-1"))).isEmpty();
        assertThat(storage.competencyCatalog().findScale(RUBRIC)).isEmpty();
        assertThat(storage.competencyFrameworks().find(DOC)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void an_identifier_keeps_the_code_it_was_first_imported_with(Storages kind) {
        Lms lms = lms(kind);
        lms.competencies().frameworks().importPackage(ADMIN, seed000("Fiabiliser une carrière"));
        CasePackage first = seed000("Fiabiliser une carrière");
        List<Item> items = new ArrayList<>(first.items());
        items.set(1, item(2, "TEST-ANE_002-CGCR-99", "Fiabiliser une carrière"));
        CasePackage renamed = new CasePackage(first.document(), items, first.associations(), first.rubrics());

        assertThatThrownBy(() -> lms.competencies().frameworks().importPackage(ADMIN, renamed))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CompetencyFrameworks.IDENTITY);
                    assertThat(e.field()).contains("CFItems[" + id(2) + "].humanCodingScheme");
                });
        assertThatThrownBy(() -> lms.competencies().catalogue().competency(CompetencyCode.of("TEST-ANE_002-CGCR-99")))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void only_an_administrator_imports_and_anyone_may_export(Storages kind) {
        Lms lms = lms(kind);
        Actor manager = Actor.of("manon", Role.MANAGER);

        assertThatThrownBy(() -> lms.competencies().frameworks().importPackage(manager, seed000("x")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> lms.competencies().catalogue().competency(CompetencyCode.of("TEST-ANE_002-CGCR-01")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lms.competencies().frameworks().export(FrameworkId.of(DOC)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains(DOC));
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void two_imports_racing_for_one_code_leave_one_holder(Storages kind) {
        Lms lms = lms(kind);
        List<Object> outcomes = org.lmskit.tck.Race.run(4, () -> {
            String doc = java.util.UUID.randomUUID().toString();
            try {
                return lms.competencies().frameworks().importPackage(ADMIN, new CasePackage(new Document(doc, "Course",
                        "lmskit", "", Optional.empty()), List.of(new Item(java.util.UUID.randomUUID().toString(),
                        "Disputée", "RACE-01", "")), List.of(), List.of()));
            } catch (RuleRefusedException | ConflictException lost) {
                return lost;
            }
        });

        assertThat(outcomes).filteredOn(ImportReport.class::isInstance).hasSize(1);
    }
}
