package org.lmskit.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
import org.lmskit.core.domain.Texts;
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
        requireJson(ctx);
        String body = ctx.body();
        if (body.isBlank()) {
            throw new MalformedRequestException("the request needs a JSON body", List.of());
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new MalformedRequestException("the body has a field this resource does not take: "
                    + Texts.quote(e.getPropertyName()), List.of(new Violation(fieldPath(e), "is not a known field")));
        } catch (InvalidFormatException e) {
            String field = fieldPath(e);
            String problem = e.getOriginalMessage().startsWith("must ") ? e.getOriginalMessage()
                    : "must be " + expectedType(e);
            throw new MalformedRequestException((field.isEmpty() ? "a value" : "'" + field + "'") + " " + problem,
                    List.of(new Violation(field.isEmpty() ? "body" : field, problem)));
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            if (field.isEmpty()) {
                throw new MalformedRequestException("the JSON body must be an object", List.of());
            }
            String expected = expectedType(e);
            throw new MalformedRequestException("'" + field + "' must be " + expected,
                    List.of(new Violation(field, "must be " + expected)));
        } catch (StreamConstraintsException e) {
            // the parser's own words about its limits (lengths and depths), with nothing of the body in them
            throw new MalformedRequestException("the body exceeds a limit: " + e.getOriginalMessage(), List.of());
        } catch (InputCoercionException e) {
            throw new MalformedRequestException("a number of the body is out of range for its field"
                    + where(e), List.of());
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                throw new MalformedRequestException("the body repeats a field" + where(e), List.of());
            }
            throw new MalformedRequestException("the body is not valid JSON" + where(e), List.of());
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

    /**
     * The raw text of a JSON body a library binding reads itself (an IMS CASE package, say): sent as
     * {@code application/json} (else 415) and not empty (else 400).
     */
    public String jsonText(Context ctx) {
        requireJson(ctx);
        String body = ctx.body();
        if (body.isBlank()) {
            throw new MalformedRequestException("the request needs a JSON body", List.of());
        }
        return body;
    }

    /** A JSON body comes as {@code application/json} (or a {@code +json} type), else 415. */
    private static void requireJson(Context ctx) {
        String header = ctx.header("Content-Type");
        String media = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw new UnsupportedMediaTypeException(header == null ? "send the body as application/json"
                    : "send the body as application/json, not " + Texts.quote(media));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String expectedType(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "of the right type";
        }
        if (target == Integer.class || target == Long.class || target == int.class || target == long.class
                || target == Short.class || target == short.class) {
            return "a whole number";
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
                .map(ref -> ref.getFieldName() != null ? Texts.printable(ref.getFieldName(), Texts.QUOTED) : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
