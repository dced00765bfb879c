package org.lmskit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * A caller who leaves out who acts or which record an operation is about gets a typed refusal naming the argument,
 * whatever the operation, and never a {@link NullPointerException} from deep inside: every public method of every
 * service the capabilities hand out is called with each of its actor and id arguments missing in turn, the others
 * present, by each role.
 */
class MissingArgumentsTest {
    private static final List<Actor> ACTORS = java.util.Arrays.stream(Role.values())
            .map(role -> Actor.of("someone", role)).toList();

    @Test
    void every_operation_refuses_a_missing_actor_or_id_as_invalid_input_naming_it() throws Exception {
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();
        List<Object> services = new ArrayList<>();
        for (Object capability : List.of(lms.certification(), lms.competencies(), lms.seats(), lms.adaptive(),
                lms.recruitment())) {
            for (Method accessor : capability.getClass().getMethods()) {
                if (accessor.getParameterCount() == 0 && accessor.getDeclaringClass() == capability.getClass()
                        && !accessor.getReturnType().isPrimitive()) {
                    services.add(accessor.invoke(capability));
                }
            }
        }
        services.add(lms.audit());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Object service : services) {
            for (Method method : service.getClass().getMethods()) {
                if (method.getDeclaringClass() != service.getClass() || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Parameter[] parameters = method.getParameters();
                for (int missing = 0; missing < parameters.length; missing++) {
                    if (!mustBePresent(parameters[missing].getType())) {
                        continue;
                    }
                    checked++;
                    String outcome = null;
                    for (Actor actor : ACTORS) {
                        Object[] args = new Object[parameters.length];
                        for (int i = 0; i < parameters.length; i++) {
                            args[i] = i == missing ? null : sample(parameters[i].getType(), actor);
                        }
                        outcome = outcome(service, method, args);
                        if (outcome == null) {
                            break;
                        }
                    }
                    if (outcome != null) {
                        failures.add(service.getClass().getSimpleName() + "." + method.getName() + " without "
                                + parameters[missing].getType().getSimpleName() + " #" + missing + ": " + outcome);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    /** Null when the call was refused as invalid input, else what happened instead. */
    private static String outcome(Object service, Method method, Object[] args) {
        try {
            method.invoke(service, args);
            return "accepted";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException invalid && !invalid.violations().isEmpty()
                    && !invalid.violations().get(0).field().isBlank()) {
                return null;
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (IllegalAccessException e) {
            return e.toString();
        }
    }

    private static boolean mustBePresent(Class<?> type) {
        return type == Actor.class || type.getPackageName().equals("org.lmskit.core.id");
    }

    private static Object sample(Class<?> type, Actor actor) {
        if (type == Actor.class) {
            return actor;
        }
        if (type.getPackageName().equals("org.lmskit.core.id")) {
            try {
                return type.getMethod("of", String.class).invoke(null, "x");
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        if (type == String.class) {
            return "x";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 5);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-05T10:00:00Z");
        }
        if (type == Duration.class) {
            return Duration.ofMinutes(1);
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
