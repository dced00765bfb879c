package org.lmskit.benchmarks;

import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the side-by-side benchmarks (lmskit against the hand-written SQL on the same PostgreSQL, issue 14) and
 * prints each pair's ratio: {@code java -cp benchmarks/target/benchmarks.jar org.lmskit.benchmarks.SideBySide}.
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void main(String[] args) throws RunnerException {
        Map<String, Map<String, Double>> scores = new HashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder()
                .include(TeamViewSideBySideBenchmark.class.getSimpleName())
                .include(PoolSearchSideBySideBenchmark.class.getSimpleName()).build()).run()) {
            String label = result.getParams().getBenchmark();
            String owner = label.substring(0, label.lastIndexOf('.'));
            scores.computeIfAbsent(owner.substring(owner.lastIndexOf('.') + 1), k -> new HashMap<>())
                    .put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        scores.forEach((benchmark, pair) -> System.out.printf("%s: lmskit %.1f ms, hand-written SQL %.1f ms,"
                + " lmskit / hand-written = %.2f (goal <= 1.5)%n", benchmark, pair.get("lmskit"), pair.get("handWritten"),
                pair.get("lmskit") / pair.get("handWritten")));
    }
}
