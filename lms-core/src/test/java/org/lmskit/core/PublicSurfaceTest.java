package org.lmskit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a host can reach never names a type of {@code org.lmskit.core.internal}: those may change in any
 * release, so a public method, constructor or field of a public type that takes or returns one would leak them.
 */
class PublicSurfaceTest {
    private static final String INTERNAL = "org.lmskit.core.internal";
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lmskit.core");
    }

    private static final DescribedPredicate<JavaClass> REACHABLE = DescribedPredicate.describe(
            "public types outside core.internal", c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getPackageName().startsWith(INTERNAL)
                    && (c.getEnclosingClass().isEmpty() || c.getEnclosingClass().get().getModifiers()
                    .contains(JavaModifier.PUBLIC)));

    private static boolean internal(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().anyMatch(t -> t.getPackageName().startsWith(INTERNAL));
    }

    @Test
    void no_public_method_or_constructor_takes_or_returns_an_internal_type() {
        codeUnits().that().arePublic().and().areDeclaredInClassesThat(REACHABLE)
                .should(new ArchCondition<JavaCodeUnit>("not name an internal type in its signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                        types.add(unit.getReturnType());
                        boolean leaks = types.stream().anyMatch(PublicSurfaceTest::internal)
                                || unit.getThrowsClause().getTypes().stream().anyMatch(PublicSurfaceTest::internal);
                        events.add(new SimpleConditionEvent(unit, !leaks, unit.getFullName() + " names an internal type"));
                    }
                })
                .check(core);
    }

    @Test
    void no_public_field_holds_an_internal_type() {
        fields().that().arePublic().and().areDeclaredInClassesThat(REACHABLE)
                .should(new ArchCondition<JavaField>("not hold an internal type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        boolean leaks = internal(field.getType());
                        events.add(new SimpleConditionEvent(field, !leaks, field.getFullName() + " holds an internal type"));
                    }
                })
                .allowEmptyShould(true)
                .check(core);
    }
}
