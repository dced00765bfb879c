package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a published module has a doc comment. Javadoc's doclint checks the comments' HTML, syntax and
 * references in every build ({@code -Xdoclint:all,-missing}); this test holds the part of "missing" that concerns
 * types, so the javadoc jar never lists a type without a word about it.
 */
class PublicTypesDocumentedTest {
    private static final List<String> PUBLISHED = List.of("lms-persistence-spi", "lms-persistence-tck", "lms-core",
            "lms-inmemory", "lms-jdbc", "lms-credentials", "lms-ims-case", "lms-xapi", "lms-micrometer",
            "lms-spring-boot-starter");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(static\\s+)?((final|sealed|abstract|non-sealed)\\s+)*(class|interface|record|enum|@interface)\\s+\\w+.*");

    @Test
    void every_public_type_of_a_published_module_has_a_doc_comment() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int types = 0;
        for (String module : PUBLISHED) {
            Path sources = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    String name = file.getFileName().toString();
                    if (name.equals("package-info.java") || name.equals("module-info.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (PUBLIC_TYPE.matcher(lines.get(i)).matches()) {
                            types++;
                            if (!documented(lines, i)) {
                                undocumented.add(module + "/" + sources.relativize(file) + ":" + (i + 1));
                            }
                        }
                    }
                }
            }
        }

        assertThat(types).as("public types found").isGreaterThan(300);
        assertThat(undocumented).as("public types without a doc comment").isEmpty();
    }

    /** Whether the declaration on line {@code i} is preceded, above its annotations, by the end of a doc comment. */
    private static boolean documented(List<String> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).strip().startsWith("@")) {
            j--;
        }
        if (j < 0 || !lines.get(j).strip().endsWith("*/")) {
            return false;
        }
        while (j >= 0 && !lines.get(j).contains("/*")) {
            j--;
        }
        return j >= 0 && lines.get(j).contains("/**");
    }
}
