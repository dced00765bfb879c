package org.lmskit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host on the module path: {@code src/module-consumer} ({@code requires org.lmskit.core;
 * requires org.lmskit.inmemory;}) is compiled and run with {@code java --module-path} against the
 * library's jars, and a host reaching into {@code org.lmskit.core.internal} does not compile.
 */
class ModulePathConsumerTest {
    /** The jars a modular host needs: lmskit's, and what lms-core requires. */
    private static final Pattern MODULE_PATH_JARS = Pattern.compile(
            "(lms-core|lms-persistence-spi|lms-inmemory|guava|failureaccess|jspecify|slf4j-api)-[0-9].*\\.jar");

    private static List<Path> modulePath;

    @BeforeAll
    static void libraryJars() {
        modulePath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(p -> MODULE_PATH_JARS.matcher(p.getFileName().toString()).matches())
                .collect(Collectors.toList());
        // `mvn test` alone puts the reactor's target/classes on the class path, not jars: an automatic
        // module needs a jar, so the check runs from `mvn verify` (and CI), where the jars exist
        assumeTrue(modulePath.stream().map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("lms-core-"))
                        && modulePath.stream().map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("lms-inmemory-")),
                "lms-core and lms-inmemory are not packaged yet (run mvn verify): " + modulePath);
    }

    @Test
    void a_modular_host_compiles_and_runs_against_the_library_modules(@TempDir Path work) throws Exception {
        Path classes = work.resolve("classes");
        CompileResult compiled = compile(Path.of("src/module-consumer"), classes);
        assertThat(compiled.status).as(compiled.messages).isZero();

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--module-path");
        command.add(pathOf(classes));
        command.add("--module");
        command.add("org.lmskit.examples.modular/org.lmskit.examples.modular.ModularHost");
        command.add("15.5");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = read(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains(
                "level SILVER for 15.50/20",
                "host module org.lmskit.examples.modular",
                "core module org.lmskit.core",
                "storage module org.lmskit.inmemory");
    }

    @Test
    void a_host_cannot_reach_the_unexported_internal_package(@TempDir Path work) throws Exception {
        CompileResult compiled = compile(Path.of("src/module-consumer-internal"), work.resolve("classes"));

        assertThat(compiled.status).isNotZero();
        assertThat(compiled.messages).contains("package org.lmskit.core.internal is not visible");
    }

    private static CompileResult compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of(
                "--release", "17", "-d", classes.toString(), "--module-path", pathOf(null)));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, arguments.toArray(String[]::new));
        return new CompileResult(status, messages.toString(StandardCharsets.UTF_8));
    }

    private static String pathOf(Path extra) {
        Stream<Path> entries = extra == null ? modulePath.stream() : Stream.concat(Stream.of(extra), modulePath.stream());
        return entries.map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private record CompileResult(int status, String messages) {
    }
}
