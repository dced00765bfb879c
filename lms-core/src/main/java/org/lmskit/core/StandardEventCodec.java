package org.lmskit.core;

import org.apiguardian.api.API;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lmskit.core.adaptive.AdaptiveEvent;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.competency.CompetencyEvent;
import org.lmskit.core.event.EventCodec;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.internal.Json;
import org.lmskit.core.recruitment.RecruitmentEvent;
import org.lmskit.core.seats.SeatEvent;

/**
 * The {@link EventCodec} of every event the library publishes: turns them into the outbox's JSON and back. An event's JSON is an object of its record components by
 * name: ids and other one-value records as their value, instants as ISO-8601 UTC text, days as {@code yyyy-MM-dd},
 * decimals and grades as text (exact), enums by name, an empty {@link Optional} as {@code null}.
 *
 * <p>Its type is {@code Family.Event}, e.g. {@code CompetencyEvent.Positioned}. Its aggregate, what the relay keeps in
 * order, is the first of these components it has: {@code card} (aggregate type {@code card}), {@code session}
 * ({@code session}), {@code learner} ({@code learner}), {@code pathId} ({@code path}), {@code certificate}
 * ({@code certificate}), {@code recruiter}, {@code tutor} or {@code actor} ({@code user}), {@code day}
 * ({@code day}); a refusal without an actor is of aggregate type {@code type}, its id the event type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardEventCodec implements EventCodec {
    private static final List<Class<?>> FAMILIES = List.of(CompetencyEvent.class, AdaptiveEvent.class,
            SeatEvent.class, CertificationEvent.class, RecruitmentEvent.class);
    private static final Map<String, String> AGGREGATES = aggregates();
    private static final List<String> AGGREGATE_ORDER = List.copyOf(AGGREGATES.keySet());
    private static final StandardEventCodec STANDARD = new StandardEventCodec();
    /** Each record class's components, looked up once (the JDK copies the array on every call). */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> kind) {
            return kind.getRecordComponents();
        }
    };

    private final Map<String, Class<? extends LmsEvent>> types = new TreeMap<>();

    private StandardEventCodec() {
        for (Class<?> family : FAMILIES) {
            for (Class<?> kind : family.getPermittedSubclasses()) {
                types.put(typeName(kind), kind.asSubclass(LmsEvent.class));
            }
        }
    }

    /** The codec of every event the library publishes. */
    public static StandardEventCodec standard() {
        return STANDARD;
    }

    @Override
    public Set<String> types() {
        return types.keySet();
    }

    @Override
    public Encoded encode(LmsEvent event) {
        Class<?> kind = event.getClass();
        if (!types.containsKey(typeName(kind))) {
            throw new IllegalArgumentException("not one of the library's events: " + kind.getName());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        String aggregateType = null;
        String aggregateId = null;
        int rank = Integer.MAX_VALUE;
        for (RecordComponent component : components(kind)) {
            Object value = read(component, event);
            json.put(component.getName(), toJson(value));
            String aggregate = AGGREGATES.get(component.getName());
            int componentRank = AGGREGATE_ORDER.indexOf(component.getName());
            if (aggregate != null && value != null && componentRank < rank) {
                rank = componentRank;
                aggregateType = aggregate;
                aggregateId = String.valueOf(toJson(value));
            }
        }
        if (aggregateType == null) { // a refusal by nobody: its own aggregate, the event type
            aggregateType = "type";
            aggregateId = typeName(kind);
        }
        return new Encoded(typeName(kind), aggregateType, aggregateId, Json.write(json));
    }

    @Override
    public LmsEvent decode(String type, String payload) {
        Class<? extends LmsEvent> kind = types.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        if (!(Json.parse(payload) instanceof Map<?, ?> json)) {
            throw new IllegalArgumentException(type + ": the payload is not a JSON object");
        }
        return kind.cast(construct(kind, json, type));
    }

    private static Object construct(Class<?> kind, Map<?, ?> json, String where) {
        RecordComponent[] components = components(kind);
        Object[] values = new Object[components.length];
        Class<?>[] classes = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            classes[c] = components[c].getType();
            if (!json.containsKey(components[c].getName())) {
                throw new IllegalArgumentException(where + ": '" + components[c].getName() + "' is missing");
            }
            values[c] = fromJson(components[c].getGenericType(), json.get(components[c].getName()),
                    where + "." + components[c].getName());
        }
        return newRecord(kind, classes, values, where);
    }

    private static RecordComponent[] components(Class<?> kind) {
        return COMPONENTS.get(kind);
    }

    private static Object newRecord(Class<?> kind, Class<?>[] classes, Object[] values, String where) {
        try {
            Constructor<?> constructor = kind.getDeclaredConstructor(classes);
            return constructor.newInstance(values);
        } catch (InvocationTargetException refused) {
            throw new IllegalArgumentException(where + ": " + refused.getCause().getMessage(), refused.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(where + ": cannot build " + kind.getName(), e);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(StandardEventCodec::toJson).orElse(null);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StandardEventCodec::toJson).toList();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Grade grade) {
            return grade.value().toPlainString();
        }
        if (value instanceof GradingTable table) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("gold", table.gold().toPlainString());
            json.put("silver", table.silver().toPlainString());
            json.put("bronze", table.bronze().toPlainString());
            return json;
        }
        if (value instanceof Record record) {
            RecordComponent[] components = components(record.getClass());
            if (components.length == 1) {
                return toJson(read(components[0], record));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                json.put(component.getName(), toJson(read(component, record)));
            }
            return json;
        }
        throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }

    private static Object fromJson(Type type, Object json, String where) {
        if (type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                return json == null ? Optional.empty() : Optional.of(fromJson(element, json, where));
            }
            if (generic.getRawType() == List.class) {
                if (!(json instanceof List<?> list)) {
                    throw new IllegalArgumentException(where + ": an array is expected");
                }
                List<Object> values = new ArrayList<>(list.size());
                for (Object item : list) {
                    values.add(fromJson(element, item, where + "[]"));
                }
                return List.copyOf(values);
            }
            throw new IllegalStateException(where + ": no JSON form for " + type);
        }
        Class<?> kind = (Class<?>) type;
        if (kind == int.class || kind == long.class) {
            BigDecimal number = as(BigDecimal.class, json, where);
            try {
                return kind == int.class ? (Object) number.intValueExact() : (Object) number.longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new IllegalArgumentException(where + ": a whole number in range is expected");
            }
        }
        if (kind == boolean.class) {
            return as(Boolean.class, json, where);
        }
        if (kind.isRecord() && components(kind).length == 1) { // its one value may be null (an Optional)
            RecordComponent only = components(kind)[0];
            return newRecord(kind, new Class<?>[] {only.getType()},
                    new Object[] {fromJson(only.getGenericType(), json, where)}, where);
        }
        if (json == null) {
            throw new IllegalArgumentException(where + ": is null");
        }
        if (kind == GradingTable.class) {
            Map<?, ?> table = as(Map.class, json, where);
            return GradingTable.of(decimal(table.get("gold"), where + ".gold"),
                    decimal(table.get("silver"), where + ".silver"), decimal(table.get("bronze"), where + ".bronze"));
        }
        if (kind.isRecord()) {
            return construct(kind, as(Map.class, json, where), where);
        }
        String text = as(String.class, json, where);
        try {
            if (kind == String.class) {
                return text;
            }
            if (kind.isEnum()) {
                return enumValue(kind, text);
            }
            if (kind == Instant.class) {
                return Instant.parse(text);
            }
            if (kind == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (kind == BigDecimal.class) {
                return decimal(text, where);
            }
            if (kind == Grade.class) {
                return Grade.of(decimal(text, where));
            }
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            throw new IllegalArgumentException(where + ": " + malformed.getMessage(), malformed);
        }
        throw new IllegalStateException(where + ": no JSON form for " + kind.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> kind, String name) {
        return Enum.valueOf((Class<? extends Enum>) kind, name);
    }

    private static BigDecimal decimal(Object json, String where) {
        String text = as(String.class, json, where);
        if (text.length() > 100) {
            throw new IllegalArgumentException(where + ": a decimal of at most 100 characters is expected");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": a decimal is expected");
        }
    }

    private static <T> T as(Class<T> kind, Object json, String where) {
        if (!kind.isInstance(json)) {
            throw new IllegalArgumentException(where + ": " + kind.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " expected");
        }
        return kind.cast(json);
    }

    private static String typeName(Class<?> kind) {
        Class<?> family = kind.getEnclosingClass();
        return family == null ? kind.getSimpleName() : family.getSimpleName() + "." + kind.getSimpleName();
    }

    private static Map<String, String> aggregates() {
        Map<String, String> byComponent = new LinkedHashMap<>();
        byComponent.put("card", "card");
        byComponent.put("session", "session");
        byComponent.put("learner", "learner");
        byComponent.put("pathId", "path");
        byComponent.put("certificate", "certificate");
        byComponent.put("recruiter", "user");
        byComponent.put("tutor", "user");
        byComponent.put("actor", "user");
        byComponent.put("day", "day");
        return byComponent;
    }
}
