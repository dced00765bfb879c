package org.lmskit.imscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

class CaseJsonRoundTripTest {
    private static final String TEXT = "aéÀœ€𝄞 '\"\\/<>&%_{}[]:,\t0123456789—ЖΩ漢字";

    @Test
    void property_a_written_package_reads_back_equal() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            CasePackage p = generate(new Random(seed));
            CasePackage back = CaseJson.read(CaseJson.write(p, "https://lms.example/ims/case/v1p1"));
            assertThat(back.document()).isEqualTo(p.document());
            assertThat(back.items()).isEqualTo(p.items());
            assertThat(back.associations()).isEqualTo(p.associations());
            assertThat(back.rubrics()).isEqualTo(p.rubrics());
        });
    }

    @Test
    void the_seed_000_sample_imports_and_exports_as_the_same_json() {
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .clock(Clock.fixed(Seed000Package.CHANGED, ZoneOffset.UTC)).build();
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        CasePackage sample = CaseJson.read(CaseJson.write(Seed000Package.build(), Seed000Package.BASE));

        lms.competencies().frameworks().importPackage(admin, sample);
        String exported = CaseJson.write(lms.competencies().frameworks().export(FrameworkId.of(Seed000Package.DOC)),
                Seed000Package.BASE);

        CasePackage back = CaseJson.read(exported);
        assertThat(back.items()).isEqualTo(sample.items());
        assertThat(back.rubrics()).isEqualTo(sample.rubrics());
        assertThat(back.parents()).isEqualTo(sample.parents());
    }

    private static CasePackage generate(Random r) {
        String doc = uuid(r);
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            String id = uuid(r);
            items.add(new Item(id, text(r, false), r.nextBoolean() ? "" : "code-" + i + text(r, false), r.nextBoolean() ? ""
                    : text(r, true)));
            String parent = i > 0 && r.nextBoolean() ? items.get(r.nextInt(i)).identifier() : doc;
            associations.add(new Association(uuid(r), r.nextInt(6) == 0 ? "isRelatedTo" : CasePackage.IS_CHILD_OF, id,
                    parent, r.nextBoolean() ? Optional.empty() : Optional.of(r.nextInt())));
        }
        java.util.Set<String> parents = new java.util.HashSet<>();
        associations.stream().filter(Association::isChildOf).forEach(a -> parents.add(a.destination()));
        List<Rubric> rubrics = new ArrayList<>();
        List<Item> leaves = new ArrayList<>(items.stream().filter(i -> !parents.contains(i.identifier())).toList());
        if (r.nextBoolean()) {
            List<Level> levels = new ArrayList<>();
            for (int i = 0; i < 2 + r.nextInt(4); i++) {
                levels.add(new Level(i - 1, r.nextBoolean() ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(100_000L * (i + 1) + r.nextInt(100), r.nextInt(5))), r.nextBoolean() ? ""
                        : text(r, false), r.nextBoolean() ? "" : text(r, true)));
            }
            List<Criterion> criteria = new ArrayList<>();
            for (Item leaf : leaves) {
                criteria.add(new Criterion(uuid(r), r.nextBoolean() ? Optional.of(leaf.identifier()) : Optional.empty(),
                        levels));
            }
            if (!criteria.isEmpty()) {
                rubrics.add(new Rubric(uuid(r), text(r, false), r.nextBoolean() ? "" : text(r, true), criteria));
            }
        }
        return new CasePackage(new Document(doc, text(r, false), text(r, false), r.nextBoolean() ? "" : text(r, true),
                Optional.of(Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000_000) * 1000L))),
                items, associations, rubrics);
    }

    private static String uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    private static String text(Random r, boolean paragraph) {
        StringBuilder s = new StringBuilder("x");
        for (int i = r.nextInt(30); i > 0; i--) {
            int at = r.nextInt(TEXT.length());
            if (Character.isHighSurrogate(TEXT.charAt(at))) {
                s.append(TEXT, at, at + 2);
            } else if (!Character.isLowSurrogate(TEXT.charAt(at)) && (paragraph || TEXT.charAt(at) != '\t')) {
                s.append(TEXT.charAt(at));
            }
            if (paragraph && r.nextInt(10) == 0) {
                s.append('\n');
            }
        }
        return s.toString();
    }
}
