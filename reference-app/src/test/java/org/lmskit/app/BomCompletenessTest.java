package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM a host imports names every published module, and the release check checks each of them: a new module
 * cannot be forgotten in either.
 */
class BomCompletenessTest {
    /** Modules of the reactor that are not published (never deployed). */
    private static final Set<String> NOT_PUBLISHED = Set.of("lms-bom", "reference-app", "examples", "benchmarks");

    @Test
    void the_bom_and_the_release_check_name_every_published_module() throws IOException {
        Set<String> published = new TreeSet<>(all("<module>([^<]+)</module>", Files.readString(Path.of("..", "pom.xml"))));
        published.removeAll(NOT_PUBLISHED);

        Set<String> inBom = all("<artifactId>(lms-[^<]+)</artifactId>", Files.readString(Path.of("..", "lms-bom", "pom.xml")));
        inBom.remove("lms-bom");
        String releaseCheck = Files.readString(Path.of("..", ".ci", "release-check"));
        Matcher libraries = Pattern.compile("libraries=\\(([^)]*)\\)").matcher(releaseCheck);
        assertThat(libraries.find()).isTrue();
        Set<String> checked = new TreeSet<>(Set.of(libraries.group(1).trim().split("\\s+")));

        assertThat(published).hasSizeGreaterThanOrEqualTo(10);
        assertThat(inBom).as("lms-bom's managed artifacts").isEqualTo(published);
        assertThat(checked).as(".ci/release-check's libraries").isEqualTo(published);
    }

    private static Set<String> all(String regex, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).trim());
        }
        return found;
    }
}
