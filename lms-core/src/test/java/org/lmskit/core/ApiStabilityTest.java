package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every package of lms-core and of the SPI declares its stability with {@code @API}, and what is not
 * {@code STABLE} (a package or a type) is exactly what japicmp leaves out of the root pom's compatibility check.
 */
class ApiStabilityTest {

    @Test
    void every_package_declares_its_stability() throws Exception {
        for (String module : Set.of("org.lmskit.core", "org.lmskit.spi")) {
            for (String pkg : descriptor(module).packages()) {
                API api = Class.forName(pkg + ".package-info").getAnnotation(API.class);
                assertThat(api).as("@API on %s's package-info.java", pkg).isNotNull();
                assertThat(api.since()).isNotEmpty();
            }
        }
    }

    @Test
    void what_is_not_stable_is_what_japicmp_excludes() throws Exception {
        Set<String> notStable = new TreeSet<>();
        for (String module : Set.of("org.lmskit.core", "org.lmskit.spi")) {
            for (String pkg : descriptor(module).packages()) {
                API api = Class.forName(pkg + ".package-info").getAnnotation(API.class);
                if (api.status() != API.Status.STABLE) {
                    notStable.add(pkg);
                    continue;
                }
                for (Class<?> type : topLevelTypes(module, pkg)) {
                    API own = type.getAnnotation(API.class);
                    if (own != null && own.status() != API.Status.STABLE) {
                        notStable.add(type.getName());
                    }
                }
            }
        }

        assertThat(notStable).isEqualTo(japicmpExcludes("org.lmskit.core", "org.lmskit.spi"));
    }

    private static ModuleDescriptor descriptor(String module) throws Exception {
        Class<?> anchor = module.equals("org.lmskit.core") ? Lms.class : org.lmskit.spi.StorageProvider.class;
        Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find(module).orElseThrow().descriptor();
    }

    private static Set<Class<?>> topLevelTypes(String module, String pkg) throws Exception {
        Class<?> anchor = module.equals("org.lmskit.core") ? Lms.class : org.lmskit.spi.StorageProvider.class;
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> types = new HashSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                        types.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
                    }
                }
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                String prefix = pkg.replace('.', '/') + "/";
                for (var entry : (Iterable<java.util.jar.JarEntry>) jar.stream()::iterator) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.endsWith(".class")
                            && !name.contains("$") && !name.endsWith("package-info.class")) {
                        types.add(Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
                    }
                }
            }
        }
        return types;
    }

    /** The root pom's japicmp excludes that belong to these modules' packages. */
    private static Set<String> japicmpExcludes(String... prefixes) throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher exclude = Pattern.compile("<exclude>([^<]+)</exclude>").matcher(pom);
        Set<String> excludes = new TreeSet<>();
        while (exclude.find()) {
            String entry = exclude.group(1).trim();
            for (String prefix : prefixes) {
                if (entry.startsWith(prefix + ".")) {
                    excludes.add(entry);
                }
            }
        }
        return excludes;
    }
}
