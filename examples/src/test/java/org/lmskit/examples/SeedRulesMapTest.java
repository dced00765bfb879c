package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/seed-rules.md} cannot rot: every test it names ({@code Class#method}) is a test method that
 * exists in the repository, every row names a test or says why the rule is not implemented, and all five
 * seeds are covered.
 */
class SeedRulesMapTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9_]*)`");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(00[0-4])\\s*\\|.*");

    @Test
    void every_test_the_map_names_exists() {
        Map<String, String> sources = testSources();
        List<String> missing = new ArrayList<>();
        Matcher m = TEST.matcher(String.join("\n", testCells()));
        int named = 0;
        while (m.find()) {
            named++;
            String source = sources.get(m.group(1));
            if (source == null || !Pattern.compile("void\\s+" + Pattern.quote(m.group(2)) + "\\s*\\(").matcher(source)
                    .find()) {
                missing.add(m.group(1) + "#" + m.group(2));
            }
        }
        assertThat(named).as("tests named in the map").isGreaterThan(100);
        assertThat(missing).as("tests named in docs/seed-rules.md that no longer exist").isEmpty();
    }

    @Test
    void every_row_names_its_tests_or_why_it_is_not_implemented_and_every_seed_is_mapped() {
        List<String> bare = new ArrayList<>();
        Map<String, Integer> rowsPerSeed = new HashMap<>();
        for (String line : map().split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            rowsPerSeed.merge(row.group(1), 1, Integer::sum);
            String tests = lastCell(line);
            if (!TEST.matcher(tests).find() && !tests.contains("not implemented")) {
                bare.add(line);
            }
        }
        assertThat(bare).as("rows with neither a test nor a reason").isEmpty();
        assertThat(rowsPerSeed.keySet()).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    }

    /** The last column of every rule row: the tests (the "where" column names code, not tests). */
    private static List<String> testCells() {
        List<String> cells = new ArrayList<>();
        for (String line : map().split("\n")) {
            if (ROW.matcher(line).matches()) {
                cells.add(lastCell(line));
            }
        }
        return cells;
    }

    private static String lastCell(String row) {
        String[] cells = row.split("\\|");
        return cells[cells.length - 1].isBlank() ? cells[cells.length - 2] : cells[cells.length - 1];
    }

    private static String map() {
        try {
            return Files.readString(ROOT.resolve("docs/seed-rules.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every test class (and TCK contract) of the repository by simple name, with its source. */
    private static Map<String, String> testSources() {
        Map<String, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")
                            && (p.toString().contains("/src/test/java/") || p.toString().contains("lms-persistence-tck")))
                    .forEach(p -> {
                        try {
                            sources.put(p.getFileName().toString().replace(".java", ""), Files.readString(p));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
