package org.lmskit.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package boundaries of the whole house, checked on the compiled classes of every
 * module this app puts on its classpath (SPI, core, both adapters, the credentials and IMS CASE bindings, the
 * app itself).
 */
class ArchitectureTest {
    private static final String SPI = "org.lmskit.spi..";
    private static final String CORE = "org.lmskit.core..";
    private static final String IN_MEMORY = "org.lmskit.inmemory..";
    private static final String JDBC = "org.lmskit.jdbc..";
    private static final String CREDENTIALS = "org.lmskit.credentials..";
    private static final String IMS_CASE = "org.lmskit.imscase..";
    private static final String APP = "org.lmskit.app..";
    private static final String[] LIBRARY = {SPI, CORE, IN_MEMORY, JDBC, CREDENTIALS, IMS_CASE};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lmskit");
    }

    @Test
    void the_spi_depends_on_the_jdk_only() {
        classes().that().resideInAPackage(SPI)
                .should().onlyDependOnClassesThat().resideInAnyPackage(SPI, "java..", "org.apiguardian.api..")
                .check(classes);
    }

    @Test
    void core_depends_on_the_spi_guava_slf4j_and_jakarta_validation_only() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, SPI, "java..", "org.apiguardian.api..", "com.google.common..",
                        "com.google.errorprone.annotations..", "org.slf4j..", "jakarta.validation..")
                .check(classes);
    }

    @Test
    void core_holds_no_web_json_or_sql_type() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml..", "java.sql..",
                        "javax.sql..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..")
                .check(classes);
    }

    @Test
    void the_in_memory_adapter_depends_on_the_spi_and_guava_only_never_on_core() {
        classes().that().resideInAPackage(IN_MEMORY)
                .should().onlyDependOnClassesThat().resideInAnyPackage(IN_MEMORY, SPI, "java..", "org.apiguardian.api..", "com.google.common..")
                .check(classes);
    }

    @Test
    void the_jdbc_adapter_depends_on_the_spi_jdbc_hikari_and_flyway_only_never_on_core() {
        classes().that().resideInAPackage(JDBC)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDBC, SPI, "java..", "org.apiguardian.api..", "javax.sql..",
                        "com.zaxxer.hikari..", "org.flywaydb..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void the_ims_case_binding_depends_on_core_and_jackson_only() {
        classes().that().resideInAPackage(IMS_CASE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(IMS_CASE, CORE, "java..", "org.apiguardian.api..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void nothing_depends_on_the_reference_app() {
        noClasses().that().resideOutsideOfPackage(APP)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .check(classes);
    }

    @Test
    void core_internals_stay_inside_core() {
        noClasses().that().resideOutsideOfPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("org.lmskit.core.internal..")
                .check(classes);
    }

    @Test
    void no_cycles_between_modules_or_between_packages_of_a_module() {
        slices().matching("org.lmskit.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.lmskit.core.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.lmskit.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void library_code_never_writes_to_standard_streams() {
        noClasses().that().resideInAnyPackage(LIBRARY)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    @Test
    void library_code_takes_now_from_an_injected_clock() {
        noClasses().that().resideInAnyPackage(LIBRARY)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Date.class)
                .because("rules get 'now' from the java.time.Clock the host injects")
                .check(classes);
    }
}
