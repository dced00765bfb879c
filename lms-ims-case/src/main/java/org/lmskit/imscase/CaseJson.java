package org.lmskit.imscase;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.error.InvalidInputException;

/**
 * The JSON binding of an IMS CASE 1.1 package ({@code CFPackage}): {@link #read} turns a package another system
 * exported into lms-core's {@link CasePackage}, {@link #write} writes one with the {@code uri},
 * {@code lastChangeDateTime} and link objects ({@code CFDocumentURI}, {@code originNodeURI}, {@code CFItemURI}...)
 * CASE requires.
 *
 * <p>Reading takes the fields lmskit maps and ignores the rest (item types, education levels, definitions...); a
 * field it maps must have its JSON type, and a refusal names it by its path ({@code CFItems[3].fullStatement}) or,
 * once the object's identifier is known, by its identifier. A body wrapped as {@code {"CFPackage": {...}}} is read
 * too. Numbers are read exactly; a repeated key is refused.
 */
public final class CaseJson {
    public static final String CASE_VERSION = "1.1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private CaseJson() {
    }

    /** The package {@code json} holds; refused as invalid input naming the field at fault. */
    public static CasePackage read(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.of("CFPackage", "is required: send the package as JSON");
        }
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw InvalidInputException.of("CFPackage", "holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw InvalidInputException.of("CFPackage", (message.startsWith("Duplicate field")
                    ? "repeats a field" : "is not valid JSON") + where);
        } catch (java.io.IOException e) {
            throw InvalidInputException.of("CFPackage", "could not be read");
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of("CFPackage", "must be a JSON object");
        }
        if (root.has("CFPackage")) {
            root = object(root, "CFPackage", "CFPackage").orElseThrow();
        }
        JsonNode doc = object(root, "CFDocument", "CFDocument")
                .orElseThrow(() -> InvalidInputException.of("CFDocument", "is required"));
        Document document = new Document(text(doc, "identifier", "CFDocument"), text(doc, "title", "CFDocument"),
                text(doc, "creator", "CFDocument"), text(doc, "description", "CFDocument"),
                dateTime(doc, "lastChangeDateTime", "CFDocument"));
        List<Item> items = list(root, "CFItems", CasePackage.MAX_ITEMS, (node, path) -> new Item(text(node, "identifier", path),
                text(node, "fullStatement", path), text(node, "humanCodingScheme", path), text(node, "notes", path)));
        List<Association> associations = list(root, "CFAssociations", CasePackage.MAX_ASSOCIATIONS, (node, path) -> new Association(
                text(node, "identifier", path), text(node, "associationType", path),
                link(node, "originNodeURI", path).orElse(null), link(node, "destinationNodeURI", path).orElse(null),
                integer(node, "sequenceNumber", path)));
        List<Rubric> rubrics = list(root, "CFRubrics", CasePackage.MAX_RUBRICS, (node, path) -> {
            String identifier = text(node, "identifier", path);
            String title = text(node, "title", path);
            return new Rubric(identifier, title == null || title.isBlank() ? identifier : title,
                    text(node, "description", path), list(node, "CFRubricCriteria", path + ".CFRubricCriteria", CasePackage.MAX_CRITERIA,
                    (criterion, at) -> new Criterion(text(criterion, "identifier", at), link(criterion, "CFItemURI", at),
                            levels(criterion, at))));
        });
        return new CasePackage(document, items, associations, rubrics);
    }

    private static List<Level> levels(JsonNode criterion, String path) {
        List<Level> levels = new ArrayList<>();
        List<JsonNode> nodes = list(criterion, "CFRubricCriterionLevels", path + ".CFRubricCriterionLevels",
                CasePackage.MAX_LEVELS, (n, p) -> n);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String at = path + ".CFRubricCriterionLevels[" + i + "]";
            levels.add(new Level(integer(node, "position", at).orElse(i + 1), decimal(node, "score", at),
                    text(node, "quality", at), text(node, "description", at)));
        }
        return levels;
    }

    /**
     * {@code pkg} as CASE JSON. Every object's {@code uri} is {@code base} followed by its collection and
     * identifier ({@code <base>/CFItems/<identifier>}), the way CASE's REST binding names them; every
     * {@code lastChangeDateTime} is the document's {@code lastChange}, which must be there.
     */
    public static String write(CasePackage pkg, String base) {
        Document d = pkg.document();
        String at = d.lastChange().map(Instant::toString)
                .orElseThrow(() -> new IllegalArgumentException("a package to write needs its document's lastChange"));
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        Map<String, String> titles = new HashMap<>();
        titles.put(d.identifier(), d.title());
        pkg.items().forEach(i -> titles.put(i.identifier(), i.fullStatement()));
        Map<String, String> uris = new HashMap<>();
        uris.put(d.identifier(), root + "/CFDocuments/" + d.identifier());
        pkg.items().forEach(i -> uris.put(i.identifier(), root + "/CFItems/" + i.identifier()));

        ObjectNode out = NODES.objectNode();
        ObjectNode doc = out.putObject("CFDocument");
        doc.put("identifier", d.identifier());
        doc.put("uri", uris.get(d.identifier()));
        doc.put("creator", d.creator());
        doc.put("title", d.title());
        doc.put("lastChangeDateTime", at);
        putIfAny(doc, "description", d.description());
        doc.put("caseVersion", CASE_VERSION);
        ObjectNode packageUri = doc.putObject("CFPackageURI");
        packageUri.put("title", d.title());
        packageUri.put("identifier", d.identifier());
        packageUri.put("uri", root + "/CFPackages/" + d.identifier());
        ObjectNode docLink = NODES.objectNode();
        docLink.put("title", d.title());
        docLink.put("identifier", d.identifier());
        docLink.put("uri", uris.get(d.identifier()));

        ArrayNode items = out.putArray("CFItems");
        for (Item i : pkg.items()) {
            ObjectNode item = items.addObject();
            item.put("identifier", i.identifier());
            item.put("uri", uris.get(i.identifier()));
            item.put("fullStatement", i.fullStatement());
            putIfAny(item, "humanCodingScheme", i.humanCodingScheme());
            putIfAny(item, "notes", i.notes());
            item.put("lastChangeDateTime", at);
            item.set("CFDocumentURI", docLink);
        }
        ArrayNode associations = out.putArray("CFAssociations");
        for (Association a : pkg.associations()) {
            ObjectNode association = associations.addObject();
            association.put("identifier", a.identifier());
            association.put("associationType", a.type());
            a.sequenceNumber().ifPresent(n -> association.put("sequenceNumber", n));
            association.put("uri", root + "/CFAssociations/" + a.identifier());
            association.set("originNodeURI", link(a.origin(), titles, uris));
            association.set("destinationNodeURI", link(a.destination(), titles, uris));
            association.put("lastChangeDateTime", at);
            association.set("CFDocumentURI", docLink);
        }
        ArrayNode rubrics = out.putArray("CFRubrics");
        for (Rubric r : pkg.rubrics()) {
            ObjectNode rubric = rubrics.addObject();
            rubric.put("identifier", r.identifier());
            rubric.put("uri", root + "/CFRubrics/" + r.identifier());
            rubric.put("title", r.title());
            putIfAny(rubric, "description", r.description());
            rubric.put("lastChangeDateTime", at);
            ArrayNode criteria = rubric.putArray("CFRubricCriteria");
            for (int c = 0; c < r.criteria().size(); c++) {
                Criterion cr = r.criteria().get(c);
                ObjectNode criterion = criteria.addObject();
                criterion.put("identifier", cr.identifier());
                criterion.put("uri", root + "/CFRubricCriteria/" + cr.identifier());
                cr.item().ifPresent(item -> criterion.set("CFItemURI", link(item, titles, uris)));
                criterion.put("position", c + 1);
                criterion.put("rubricId", r.identifier());
                criterion.put("lastChangeDateTime", at);
                ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
                for (Level l : cr.levels()) {
                    String identifier = org.lmskit.core.competency.framework.CaseIdentifiers.derived("level",
                            cr.identifier() + "/" + l.position());
                    ObjectNode level = levels.addObject();
                    level.put("identifier", identifier);
                    level.put("uri", root + "/CFRubricCriterionLevels/" + identifier);
                    putIfAny(level, "description", l.description());
                    putIfAny(level, "quality", l.quality());
                    l.score().ifPresent(s -> level.put("score", s));
                    level.put("position", l.position());
                    level.put("rubricCriterionId", cr.identifier());
                    level.put("lastChangeDateTime", at);
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built here always writes", e);
        }
    }

    private static ObjectNode link(String identifier, Map<String, String> titles, Map<String, String> uris) {
        ObjectNode link = NODES.objectNode();
        link.put("title", titles.getOrDefault(identifier, identifier));
        link.put("identifier", identifier);
        link.put("uri", uris.getOrDefault(identifier, "urn:uuid:" + identifier));
        return link;
    }

    private static void putIfAny(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidInputException.of(path + "." + field, "must be a string");
        }
        return value.textValue();
    }

    private static Optional<Integer> integer(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw InvalidInputException.of(path + "." + field, "must be a whole number from " + Integer.MIN_VALUE
                    + " to " + Integer.MAX_VALUE);
        }
        return Optional.of(value.intValue());
    }

    private static Optional<BigDecimal> decimal(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw InvalidInputException.of(path + "." + field, "must be a number");
        }
        return Optional.of(value.decimalValue());
    }

    private static Optional<Instant> dateTime(JsonNode node, String field, String path) {
        String value = text(node, field, path);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(path + "." + field, "must be an ISO 8601 date-time such as"
                        + " 2026-12-06T09:00:00+00:00");
            }
        }
    }

    /** The {@code identifier} of a link object ({@code {"title", "identifier", "uri"}}). */
    private static Optional<String> link(JsonNode node, String field, String path) {
        Optional<JsonNode> link = object(node, field, path + "." + field);
        return link.map(l -> text(l, "identifier", path + "." + field));
    }

    private static Optional<JsonNode> object(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw InvalidInputException.of(path, "must be a JSON object");
        }
        return Optional.of(value);
    }

    private static <T> List<T> list(JsonNode node, String field, int max, BiFunction<JsonNode, String, T> read) {
        return list(node, field, field, max, read);
    }

    private static <T> List<T> list(JsonNode node, String field, String path, int max,
                                    BiFunction<JsonNode, String, T> read) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw InvalidInputException.of(path, "must be a JSON array");
        }
        if (value.size() > max) {
            throw InvalidInputException.of(path, "at most " + max + ", was " + value.size());
        }
        List<T> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                throw InvalidInputException.of(path + "[" + i + "]", "must be a JSON object");
            }
            out.add(read.apply(element, path + "[" + i + "]"));
        }
        return out;
    }
}
