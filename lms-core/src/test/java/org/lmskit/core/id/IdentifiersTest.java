package org.lmskit.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.error.InvalidInputException;

/**
 * Every id type of {@code org.lmskit.core.id} (found on the classpath, so a new one is covered without being
 * listed): {@code of} keeps the value and its text is the value, equal values make equal ids, up to 100 characters
 * are taken, and a blank, over-long or control-character value is refused as invalid input naming the id field.
 */
class IdentifiersTest {

    static List<Class<?>> idTypes() throws IOException, URISyntaxException {
        Path dir = Path.of(CardId.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/lmskit/core/id");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load("org.lmskit.core.id." + n.substring(0, n.length() - ".class".length())))
                    .filter(Class::isRecord).sorted(java.util.Comparator.comparing(Class::getSimpleName))
                    .<Class<?>>map(c -> c).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object of(Class<?> type, String value) throws Throwable {
        try {
            return type.getMethod("of", String.class).invoke(null, value);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String sample(Class<?> type, char last) {
        return type == FrameworkId.class ? "5eed0000-0000-4000-8000-00000000000" + last : "valeur-" + last;
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void an_id_keeps_its_value_and_equal_values_are_equal_ids(Class<?> type) throws Throwable {
        Object id = of(type, sample(type, '1'));
        assertThat(id.toString()).isEqualTo(sample(type, '1'));
        assertThat(type.getMethod("value").invoke(id)).isEqualTo(sample(type, '1'));
        assertThat(id).isEqualTo(of(type, sample(type, '1'))).hasSameHashCodeAs(of(type, sample(type, '1')));
        assertThat(id).isNotEqualTo(of(type, sample(type, '2')));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void a_blank_over_long_or_control_character_value_is_refused_naming_the_field(Class<?> type) {
        for (String bad : new String[] {null, "", "  ", "a".repeat(101), "a\u0000b", "a\nb", "\ud800"}) {
            assertThatThrownBy(() -> of(type, bad)).as("%s of %s", type.getSimpleName(), bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations()).isNotEmpty()
                            .allSatisfy(v -> assertThat(v.field()).isNotBlank()));
        }
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void an_id_of_100_characters_is_taken(Class<?> type) throws Throwable {
        if (type != FrameworkId.class) {
            assertThat(of(type, "a".repeat(100)).toString()).hasSize(100);
        }
    }
}
