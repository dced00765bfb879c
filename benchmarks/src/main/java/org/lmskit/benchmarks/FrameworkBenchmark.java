package org.lmskit.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.CompetencyFrameworks.ImportReport;
import org.lmskit.core.competency.framework.CaseIdentifiers;
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
import org.lmskit.imscase.CaseJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A framework of the largest size a CASE package may hold (1,000 items: 10 profiles of 99 competencies, every one
 * rated on a five-level rubric), on both adapters: importing it new, re-importing it unchanged (a host's nightly
 * sync, which writes nothing), exporting it, and reading its JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FrameworkBenchmark {
    static final int PROFILES = 10;
    static final int PER_PROFILE = 99;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @Param({"in-memory", "postgresql"})
    public String adapter;

    private BenchmarkStorage bench;
    private Lms lms;
    private CasePackage loaded;
    private String json;
    private int fresh;

    @Setup
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open(adapter);
        lms = Lms.builder().storage(bench.storage)
                .clock(Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC)).build();
        loaded = framework("loaded");
        lms.competencies().frameworks().importPackage(ADMIN, loaded);
        json = CaseJson.write(loaded, "https://lms.example/ims/case/v1p1");
        if (CaseJson.read(json).items().size() != CasePackage.MAX_ITEMS) {
            throw new IllegalStateException("the benchmark package is not the largest a package may be");
        }
    }

    @TearDown
    public void tearDown() {
        bench.close();
    }

    /** A package of {@link CasePackage#MAX_ITEMS} items whose codes and identifiers all start with {@code name}. */
    static CasePackage framework(String name) {
        String doc = CaseIdentifiers.derived("benchmark", name);
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            levels.add(new Level(l, Optional.of(BigDecimal.valueOf(l)), "Niveau " + l, ""));
        }
        for (int p = 0; p < PROFILES; p++) {
            String profile = CaseIdentifiers.derived(name, "p" + p);
            items.add(new Item(profile, "Profil " + p, name + "-P" + p, ""));
            associations.add(childOf(name, profile, doc, p + 1));
            for (int c = 0; c < PER_PROFILE; c++) {
                String competency = CaseIdentifiers.derived(name, "c" + p + "-" + c);
                items.add(new Item(competency, "Compétence " + p + "." + c, name + "-C" + p + "-" + c, ""));
                associations.add(childOf(name, competency, profile, c + 1));
                criteria.add(new Criterion(CaseIdentifiers.derived(name, "r" + p + "-" + c), Optional.of(competency),
                        levels));
            }
        }
        return new CasePackage(new Document(doc, "Référentiel " + name, "benchmark", "",
                Optional.of(Instant.parse("2026-12-06T09:00:00Z"))), items, associations,
                List.of(new Rubric(CaseIdentifiers.derived(name, "rubric"), "Niveaux 1 à 5", "", criteria)));
    }

    private static Association childOf(String name, String child, String parent, int sequence) {
        return new Association(CaseIdentifiers.derived(name, child + "/" + parent), CasePackage.IS_CHILD_OF, child,
                parent, Optional.of(sequence));
    }

    @Benchmark
    public ImportReport importNew() {
        return lms.competencies().frameworks().importPackage(ADMIN, framework("new" + (++fresh)));
    }

    @Benchmark
    public ImportReport reimportUnchanged() {
        return lms.competencies().frameworks().importPackage(ADMIN, loaded);
    }

    @Benchmark
    public CasePackage export() {
        return lms.competencies().frameworks().export(FrameworkId.of(loaded.document().identifier()));
    }

    @Benchmark
    public CasePackage readJson() {
        return CaseJson.read(json);
    }
}
