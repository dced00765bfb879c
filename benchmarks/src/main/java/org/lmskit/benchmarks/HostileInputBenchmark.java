package org.lmskit.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a refusal costs (issue 12): a hostile decimal must be refused as cheaply as a good one is graded,
 * and the text rule must scan a 10,000-character paragraph in microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HostileInputBenchmark {
    private final BigDecimal good = new BigDecimal("11.995");
    private final BigDecimal huge = new BigDecimal("1e999999999");
    private final BigDecimal tiny = new BigDecimal("1e-10000000");
    private final String paragraph = "Une phrase du constat, avec des accents : é à ç.\n".repeat(200);
    private final String hostileParagraph = paragraph.substring(0, 9_000) + "\u0000";

    @Benchmark
    public Object gradeAGoodValue() {
        return Grade.of(good);
    }

    @Benchmark
    public Object refuseAHugeGrade() {
        return refused(huge);
    }

    @Benchmark
    public Object refuseATinyGrade() {
        return refused(tiny);
    }

    @Benchmark
    public Object acceptATenThousandCharacterParagraph() {
        return Texts.paragraph("findings", paragraph, Texts.PARAGRAPH);
    }

    @Benchmark
    public Object refuseANulAtTheEndOfAParagraph() {
        try {
            return Texts.paragraph("findings", hostileParagraph, Texts.PARAGRAPH);
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static Object refused(BigDecimal value) {
        try {
            return Grade.of(value);
        } catch (InvalidInputException e) {
            return e;
        }
    }
}
