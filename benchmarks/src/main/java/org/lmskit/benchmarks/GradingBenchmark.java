package org.lmskit.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CertificationLevel;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
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

/** The grading rule: with the default table, and with a path's table read from in-memory storage. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradingBenchmark {
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");

    private Lms lms;
    private BigDecimal[] grades;
    private int next;

    @Setup
    public void setUp() {
        lms = Lms.builder().storage(InMemoryStorage.create()).build();
        lms.certification().grading().defineGradingTable(Actor.of("admin", Role.ADMINISTRATOR), PATH, GradingTable.ofDefaults(), 0);
        grades = new BigDecimal[2001];
        for (int i = 0; i < grades.length; i++) {
            grades[i] = BigDecimal.valueOf(i, 2);
        }
    }

    private BigDecimal nextGrade() {
        next = next == grades.length - 1 ? 0 : next + 1;
        return grades[next];
    }

    @Benchmark
    public CertificationLevel gradeWithDefaultTable() {
        return lms.certification().grading().grade(nextGrade()).level();
    }

    @Benchmark
    public CertificationLevel gradeWithStoredPathTable() {
        return lms.certification().grading().grade(PATH, nextGrade()).level();
    }
}
