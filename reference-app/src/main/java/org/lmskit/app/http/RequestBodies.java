package org.lmskit.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** Reads a JSON body into a request record and checks its Bean Validation constraints. */
public final class RequestBodies {
    private final ObjectMapper mapper;
    private final Validator validator;

    public RequestBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new MalformedRequestException("the request needs a JSON body", List.of());
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new MalformedRequestException("the body has a field this resource does not take: '"
                    + e.getPropertyName() + "'", List.of(new Violation(fieldPath(e), "is not a known field")));
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            if (field.isEmpty()) {
                throw new MalformedRequestException("the JSON body must be an object", List.of());
            }
            String expected = expectedType(e);
            throw new MalformedRequestException("'" + field + "' must be " + expected,
                    List.of(new Violation(field, "must be " + expected)));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new MalformedRequestException("the body is not valid JSON" + where, List.of());
        }
        if (value == null) {
            throw new MalformedRequestException("the JSON body must be an object", List.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field))
                    .toList());
        }
        return value;
    }

    private static String expectedType(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "of the right type";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target.isEnum()) {
            return "one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        return "an object or value of the documented shape";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
