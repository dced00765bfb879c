package org.lmskit.benchmarks;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.Candidate;
import org.lmskit.core.recruitment.Classification;
import org.lmskit.core.recruitment.FollowUpCard;
import org.lmskit.core.recruitment.PoolSearch;
import org.lmskit.core.recruitment.PortfolioSearch;
import org.lmskit.core.recruitment.StudyLevel;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.SkillRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Issue budgets (seed 004): a pool search over 100,000 candidates with three criteria under 20 ms;
 * "does this recruiter have an overdue card" with 10,000 cards in the company under 1 ms. Both through
 * {@code RecruitmentCapability}, on both adapters; the search includes the overdue check that guards it.
 * Seed 004's name search (any part of the last or first name, case and accents ignored) is measured at the
 * same size: a four-letter fragment served by the trigram indexes on PostgreSQL, and a two-letter one (the
 * seed's own {@code co}), which no trigram serves, in the pool and in a company's 10,000-card portfolio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RecruitmentBenchmark {
    static final int CANDIDATES = 100_000;
    static final int CARDS = 10_000;
    static final String[] AREAS = {"Alsace / Bas-Rhin", "Alsace / Haut-Rhin", "Lorraine / Moselle",
        "Lorraine / Meurthe-et-Moselle", "Lorraine / Vosges", "Champagne / Marne", "Champagne / Aube",
        "Ardennes", "Lorraine / Meuse", "Haute-Marne"};
    static final String[] JOBS = {"Analyste fonctionnel", "Conseiller hotline", "Architecte logiciel",
        "Technicien de maintenance", "Développeur", "Administrateur Système / Réseaux", "Chef de projet"};
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final CompanyId DIVALTO = CompanyId.of("divalto");
    private static final Actor SEARCHER = Actor.of("luc", Role.RECRUITER);
    private static final Actor BUSY = Actor.of("camille", Role.RECRUITER);

    @Param({"in-memory", "postgresql"})
    public String adapter;

    private BenchmarkStorage bench;
    private StorageProvider storage;
    private Lms lms;
    private PoolSearch threeCriteria;
    private PoolSearch nameFragment;
    private PoolSearch twoLetters;
    private PortfolioSearch portfolioByName;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open(adapter);
        storage = bench.storage;
        lms = loaded(bench);
        threeCriteria = threeCriteria();
        nameFragment = PoolSearch.builder().nameContains("FRAN").build();
        twoLetters = PoolSearch.builder().nameContains("co").build();
        portfolioByName = PortfolioSearch.builder().nameContains("çois").build();
        long total = poolSearchWithThreeCriteria().total();
        if (total == 0 || lms.recruitment().cards().hasOverdueCards(BUSY)) {
            throw new IllegalStateException("the benchmark data does not exercise the search: total " + total);
        }
        for (Page<?> page : List.of(poolSearchByNameFragment(), poolSearchByTwoLetters(), portfolioSearchByName())) {
            if (page.items().isEmpty() || page.total() >= CANDIDATES / 2) {
                throw new IllegalStateException("the name search is not selective here: total " + page.total());
            }
        }
    }

    /** The storage loaded (then analysed, on PostgreSQL) and the library over it, every recruiter at Divalto. */
    static Lms loaded(BenchmarkStorage bench) {
        load(bench.storage);
        // a bulk load just happened; production relies on autovacuum for the same statistics
        bench.execute("VACUUM ANALYZE");
        return Lms.builder().storage(bench.storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)).directory(new Directory() {
            @Override
            public Set<UserId> managersOf(UserId learner) {
                return Set.of();
            }

            @Override
            public Optional<CompanyId> companyOf(UserId user) {
                return Optional.of(DIVALTO);
            }
        }).build();
    }

    /** Areas, study levels and classification. */
    static PoolSearch threeCriteria() {
        return PoolSearch.builder()
                .areas(Set.of(AREAS[0], AREAS[1]))
                .studyLevels(Set.of(StudyLevel.BAC_PLUS_2, StudyLevel.BAC_PLUS_5))
                .classifications(Set.of(Classification.EMPLOYABLE))
                .build();
    }

    /** The 100,000 candidates, and camille's 10,000 cards, in transactions of 1,000 inserts. */
    static void load(StorageProvider storage) {
        for (int start = 0; start < CANDIDATES; start += 1000) {
            int from = start;
            storage.transactions().inTransaction(() -> {
                for (int i = from; i < from + 1000; i++) {
                    storage.candidates().insert(candidate(i));
                }
                return null;
            });
        }
        // camille's 10,000 cards are all due after NOW: the check has to look at every one (worst case)
        for (int start = 0; start < CARDS; start += 1000) {
            int from = start;
            storage.transactions().inTransaction(() -> {
                for (int i = from; i < from + 1000; i++) {
                    storage.followUpCards().insert(card(i));
                }
                return null;
            });
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        bench.close();
    }

    /** Areas, study levels and classification, first page of 50, carded candidates hidden. */
    @Benchmark
    public Page<Candidate> poolSearchWithThreeCriteria() {
        return lms.recruitment().pool().searchPool(SEARCHER, threeCriteria, PageRequest.first(50));
    }

    /** "fran" anywhere in a last or first name (Françoise, FRANCOEUR...), first page of 50. */
    @Benchmark
    public Page<Candidate> poolSearchByNameFragment() {
        return lms.recruitment().pool().searchPool(SEARCHER, nameFragment, PageRequest.first(50));
    }

    /** Seed 004's own example, {@code co}: too short for a trigram, so PostgreSQL scans. */
    @Benchmark
    public Page<Candidate> poolSearchByTwoLetters() {
        return lms.recruitment().pool().searchPool(SEARCHER, twoLetters, PageRequest.first(50));
    }

    /** The name search in a company's portfolio of 10,000 cards over the 100,000-candidate pool. */
    @Benchmark
    public Page<FollowUpCard> portfolioSearchByName() {
        return lms.recruitment().cards().portfolio(BUSY, portfolioByName, PageRequest.first(50));
    }

    @Benchmark
    public boolean overdueCheckOverTenThousandCards() {
        return lms.recruitment().cards().hasOverdueCards(BUSY);
    }

    /** Pieces of French names: three make a last name, so trigrams are as varied as in a real pool. */
    private static final String[] SYLLABLES = {"cor", "be", "pol", "man", "ni", "las", "del", "ean", "mar", "tin",
        "ber", "nard", "dur", "and", "lef", "vre", "mo", "rel", "fran", "coeur", "ga", "bri", "el", "lé", "on",
        "hat", "ter", "mba", "rki", "so", "fi", "gi", "rard", "rous", "seau", "bon", "ché", "vet", "pi", "qu"};
    private static final String[] FIRST_NAMES = {"Jean François", "Nicolas", "Zoé", "Françoise", "Anaïs", "Sofiane",
        "Pierre", "Camille", "Julien", "Hélène", "Léa", "Mathéo", "Inès", "Noé", "Chloé", "Gaëlle", "Loïc", "Jérôme",
        "Amélie", "Benoît", "Céline", "Émile", "Agnès", "Raphaël", "Sébastien", "Thérèse", "Yannick", "Océane",
        "Maël", "Bérénice", "Lucas", "Manon", "Hugo", "Emma", "Louis", "Jade", "Arthur", "Lina", "Adam", "Rose"};

    static CandidateRecord candidate(int i) {
        StudyLevel[] levels = StudyLevel.values();
        int n = i * 7919 % CANDIDATES;
        String lastName = (SYLLABLES[n % 40] + SYLLABLES[n / 40 % 40] + SYLLABLES[n / 1600 % 40])
                .toUpperCase(java.util.Locale.ROOT);
        return new CandidateRecord("cand-" + i, i % 2 == 0 ? "MR" : "MRS", lastName,
                FIRST_NAMES[i % 311 % FIRST_NAMES.length], AREAS[i % AREAS.length], "Ville", List.of(JOBS[i % JOBS.length],
                JOBS[(i / 7) % JOBS.length]), i % 3 == 0 ? "ADAPTABLE" : "EMPLOYABLE",
                NOW.minus(Duration.ofDays(i % 900)), levels[(i / 10) % levels.length].name(),
                "FROM_1_TO_3_YEARS", List.of(new SkillRecord("METHODOLOGIES", "SCRUM", "BEGINNER")), List.of(),
                "JOB_SEEKING", LocalDate.of(2026, 1, 1).plusDays(i % 300), "partner", List.of("CV.pdf"), 0);
    }

    static FollowUpCardRecord card(int i) {
        return new FollowUpCardRecord("card-" + i, DIVALTO.value(), "cand-" + i, "card " + i, BUSY.id().value(),
                "KEPT_FOR_POTENTIAL_RECRUITMENT", "POOL", List.of(), false, Optional.empty(), List.of(),
                Optional.empty(), NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(10)), BUSY.id().value(),
                Optional.of(NOW.plus(Duration.ofDays(1 + i % 190))), 0);
    }
}
