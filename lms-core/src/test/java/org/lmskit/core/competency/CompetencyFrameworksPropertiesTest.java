package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.competency.CompetencyFrameworks.ImportReport;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.spi.StorageProvider;

/**
 * The round trip of issue 16: any package lmskit accepts, once imported, exports as a package that imports into
 * another storage as the same catalogue (the two exports are equal), and imports back into the first changing
 * nothing of its competencies, profiles and scales.
 */
class CompetencyFrameworksPropertiesTest {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzÉÀçüœ '\"%_\\-—.,;:()ABCDEFGH0123456789";
    private static final AtomicInteger RUNS = new AtomicInteger();

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void property_an_export_imports_back_to_the_same_catalogue(Storages kind) {
        try (StorageProvider first = kind.fresh(); StorageProvider second = kind.fresh()) {
            Lms a = lms(first);
            Lms b = lms(second);
            qt().withExamples(kind == Storages.IN_MEMORY ? 200 : 25).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
                int run = RUNS.incrementAndGet();
                CasePackage original = generate(new Random(seed ^ (run * 0x9E3779B97F4A7C15L)), "r" + run + "-");
                a.competencies().frameworks().importPackage(CompetencyFrameworksTest.ADMIN, original);
                FrameworkId id = FrameworkId.of(original.document().identifier());
                CasePackage exported = a.competencies().frameworks().export(id);

                b.competencies().frameworks().importPackage(CompetencyFrameworksTest.ADMIN, exported);
                assertThat(b.competencies().frameworks().export(id)).isEqualTo(exported);
                for (Item item : exported.items()) {
                    if (isLeaf(exported, item)) {
                        Catalogue.Competency x = a.competencies().catalogue().competency(CompetencyCode.of(item.key()));
                        Catalogue.Competency y = b.competencies().catalogue().competency(CompetencyCode.of(item.key()));
                        assertThat(y.title()).isEqualTo(x.title()).isEqualTo(item.fullStatement());
                        assertThat(y.description()).isEqualTo(x.description());
                        assertThat(b.competencies().catalogue().scale(y.scale()).levels())
                                .isEqualTo(a.competencies().catalogue().scale(x.scale()).levels());
                    }
                }
                for (Item item : original.items()) {
                    if (isLeaf(original, item)) {
                        continue;
                    }
                    Catalogue.Profile x = a.competencies().catalogue().profile(ProfileId.of(item.key()));
                    assertThat(b.competencies().catalogue().profile(ProfileId.of(item.key())).competencies())
                            .isEqualTo(x.competencies());
                    assertThat(x.competencies()).extracting(CompetencyCode::value).containsExactlyInAnyOrderElementsOf(
                            original.associations().stream().filter(as -> as.isChildOf()
                                            && as.destination().equals(item.identifier()))
                                    .map(as -> original.items().stream().filter(i -> i.identifier().equals(as.origin()))
                                            .findFirst().orElseThrow())
                                    .filter(child -> isLeaf(original, child)).map(Item::key).toList());
                }
                for (Rubric rubric : original.rubrics()) {
                    for (Criterion criterion : rubric.criteria()) {
                        criterion.item().ifPresent(rated -> {
                            Item item = original.items().stream().filter(i -> i.identifier().equals(rated)).findFirst()
                                    .orElseThrow();
                            Catalogue.Competency c = a.competencies().catalogue().competency(CompetencyCode.of(item.key()));
                            assertThat(c.description()).isEqualTo(item.notes());
                            assertThat(a.competencies().catalogue().scale(c.scale()).levels()).extracting(ScaleLevel::code)
                                    .containsExactlyElementsOf(rubric.levels().stream().map(Level::code).toList());
                        });
                    }
                }
                ImportReport back = a.competencies().frameworks().importPackage(CompetencyFrameworksTest.ADMIN, exported);
                assertThat(back.scales().created() + back.scales().updated()).isZero();
                assertThat(back.competencies().created() + back.competencies().updated()).isZero();
                assertThat(back.profiles().created() + back.profiles().updated()).isZero();
            });
        }
    }

    private static Lms lms(StorageProvider storage) {
        return Lms.builder().storage(storage).clock(Clock.fixed(CompetencyFrameworksTest.NOW, ZoneOffset.UTC)).build();
    }

    private static boolean isLeaf(CasePackage p, Item item) {
        return p.associations().stream().noneMatch(a -> a.isChildOf() && a.destination().equals(item.identifier()));
    }

    /** A valid package: profiles (some nested), leaves under zero to two profiles or the document, rubrics. */
    static CasePackage generate(Random r, String prefix) {
        String doc = uuid(r);
        int profiles = r.nextInt(4);
        int leaves = 1 + r.nextInt(10);
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        List<String> profileIds = new ArrayList<>();
        for (int i = 0; i < profiles; i++) {
            String id = uuid(r);
            profileIds.add(id);
            items.add(new Item(id, text(r, false), r.nextInt(5) == 0 ? "" : prefix + "P" + i, r.nextBoolean() ? ""
                    : text(r, true)));
            String parent = i > 0 && r.nextBoolean() ? profileIds.get(r.nextInt(i)) : doc;
            associations.add(new Association(uuid(r), CasePackage.IS_CHILD_OF, id, parent, Optional.empty()));
        }
        List<String> leafIds = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            String id = uuid(r);
            leafIds.add(id);
            items.add(new Item(id, text(r, false), r.nextInt(5) == 0 ? "" : prefix + "C" + i, r.nextBoolean() ? ""
                    : text(r, true)));
            Set<String> parents = new HashSet<>();
            if (profiles > 0) {
                parents.add(profileIds.get(i % profiles));
                if (r.nextInt(3) == 0) {
                    parents.add(profileIds.get(r.nextInt(profiles)));
                }
            }
            if (profiles == 0 || r.nextInt(4) == 0) {
                parents.add(doc);
            }
            for (String parent : parents) {
                associations.add(new Association(uuid(r), CasePackage.IS_CHILD_OF, id, parent,
                        r.nextBoolean() ? Optional.of(r.nextInt(20) - 5) : Optional.empty()));
            }
        }
        if (r.nextBoolean()) {
            associations.add(new Association(uuid(r), "isRelatedTo", leafIds.get(0), uuid(r), Optional.empty()));
        }
        List<Rubric> rubrics = new ArrayList<>();
        List<String> unrated = new ArrayList<>(leafIds);
        java.util.Collections.shuffle(unrated, r);
        for (int k = r.nextInt(3); k > 0; k--) {
            List<Level> levels = levels(r);
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 1 + r.nextInt(3); c > 0; c--) {
                Optional<String> rated = unrated.isEmpty() || r.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(unrated.remove(unrated.size() - 1));
                criteria.add(new Criterion(uuid(r), rated, levels));
            }
            rubrics.add(new Rubric(uuid(r), text(r, false), "", criteria));
        }
        java.util.Collections.shuffle(associations, r);
        return new CasePackage(new Document(doc, text(r, false), "lmskit tests", text(r, true), Optional.empty()),
                items, associations, rubrics);
    }

    private static List<Level> levels(Random r) {
        int n = 2 + r.nextInt(5);
        boolean scored = r.nextBoolean();
        List<Level> levels = new ArrayList<>();
        Set<BigDecimal> scores = new HashSet<>();
        for (int i = 0; i < n; i++) {
            BigDecimal score = null;
            while (scored && (score == null || !scores.add(score.stripTrailingZeros()))) {
                score = BigDecimal.valueOf(r.nextInt(2000) - 500, r.nextInt(3));
            }
            levels.add(new Level(i * 10 + r.nextInt(10), Optional.ofNullable(score), r.nextBoolean() ? ""
                    : text(r, false), r.nextBoolean() ? "" : text(r, true)));
        }
        return levels;
    }

    private static String uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    private static String text(Random r, boolean paragraph) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(paragraph ? 80 : 40);
        for (int i = 0; i < n; i++) {
            s.append(paragraph && r.nextInt(15) == 0 ? '\n' : LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        String t = s.toString();
        return t.isBlank() ? "x" + t : t;
    }
}
