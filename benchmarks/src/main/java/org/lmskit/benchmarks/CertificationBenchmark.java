package org.lmskit.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.certification.Eligibility;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.certification.AchievementRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue budget: grading plus case-study eligibility for 1,000,000 learners, in memory, under 1 s.
 * One operation = every learner: eligibility read in chunks of 10,000 (one store call each) and a
 * grade out of 20 turned into a level with the path's table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class CertificationBenchmark {
    static final int LEARNERS = 1_000_000;
    static final int CHUNK = 10_000;
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    private Lms lms;
    private List<List<UserId>> chunks;
    private BigDecimal[] grades;

    @Setup
    public void setUp() {
        InMemoryStorage storage = InMemoryStorage.create();
        lms = Lms.builder().storage(storage).build();
        List<ThemeId> themes = IntStream.rangeClosed(1, 7).mapToObj(i -> ThemeId.of("theme-" + i)).toList();
        lms.certification().grading().definePathSetup(ADMIN, new CertificationPathSetup(PATH, true, Set.copyOf(themes), 3,
                IntStream.rangeClosed(1, 10).mapToObj(i -> new CaseStudyQuestion(QuestionId.of("q" + i), "q",
                        BigDecimal.ONE)).toList(), 0));
        lms.certification().grading().defineGradingTable(ADMIN, PATH, GradingTable.ofDefaults(), 0);
        Set<String> allThemes = themes.stream().map(ThemeId::value).collect(Collectors.toSet());
        Set<String> someThemes = themes.subList(0, 5).stream().map(ThemeId::value).collect(Collectors.toSet());
        // three workshops complete: every step of seed 003's table done
        Set<String> steps = java.util.Arrays.stream(org.lmskit.core.certification.WorkshopStep.values())
                .map(Enum::name).collect(Collectors.toSet());
        java.util.Map<String, Set<String>> workshops = java.util.Map.of("w1", steps, "w2", steps, "w3", steps);
        List<UserId> learners = new ArrayList<>(LEARNERS);
        grades = new BigDecimal[LEARNERS];
        for (int i = 0; i < LEARNERS; i++) {
            String id = "learner-" + i;
            learners.add(UserId.of(id));
            grades[i] = BigDecimal.valueOf(i % 2001, 2);
            if (i % 10 != 0) {
                // nine in ten have a record: two thirds complete, a third two badges short
                storage.achievements().insert(new AchievementRecord(id, PATH.value(),
                        i % 3 == 0 ? someThemes : allThemes, workshops, 0));
            }
        }
        chunks = new ArrayList<>();
        for (int from = 0; from < LEARNERS; from += CHUNK) {
            chunks.add(learners.subList(from, Math.min(from + CHUNK, LEARNERS)));
        }
    }

    @Benchmark
    public int gradeAndEligibilityForAMillionLearners(Blackhole sink) {
        GradingTable table = lms.certification().grading().gradingTable(PATH).table();
        int eligible = 0;
        int index = 0;
        for (List<UserId> chunk : chunks) {
            for (Eligibility eligibility : lms.certification().achievements().eligibility(ADMIN, PATH, chunk)) {
                if (eligibility.eligible()) {
                    eligible++;
                }
                sink.consume(table.levelFor(Grade.of(grades[index++])));
            }
        }
        return eligible;
    }
}
