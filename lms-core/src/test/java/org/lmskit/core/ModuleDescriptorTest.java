package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** lms-core's module-info: every package a host may use is exported, the plumbing is not, nothing is opened. */
class ModuleDescriptorTest {

    @Test
    void every_package_but_internal_is_exported_and_nothing_is_opened() throws Exception {
        Path classes = Path.of(Lms.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor core = ModuleFinder.of(classes).find("org.lmskit.core").orElseThrow().descriptor();

        Set<String> exported = core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> expected = core.packages().stream().filter(p -> !p.equals("org.lmskit.core.internal"))
                .collect(Collectors.toSet());

        assertThat(exported).isEqualTo(expected);
        assertThat(core.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(core.opens()).isEmpty();
        assertThat(core.isOpen()).isFalse();
        assertThat(core.requires().stream().filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .map(ModuleDescriptor.Requires::name))
                .as("lms-core's runtime dependencies: the SPI, Guava and SLF4J only")
                .containsExactlyInAnyOrder("org.lmskit.spi", "com.google.common", "org.slf4j");
    }
}
