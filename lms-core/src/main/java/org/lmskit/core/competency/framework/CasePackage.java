package org.lmskit.core.competency.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.Uuids;

/**
 * An IMS CASE 1.1 package ({@code CFPackage}) as lmskit reads and writes it: the {@code CFDocument}, its
 * {@code CFItems}, {@code CFAssociations} and {@code CFRubrics}, holding the fields lmskit maps (URIs and the other
 * descriptive fields are the JSON binding's business). A package is built valid or not at all: every identifier is
 * a UUID and appears once; an {@code isChildOf} association goes from an item to the document or to another item,
 * without cycles; a rubric criterion points at a leaf item, at most one criterion per item; the criteria of one
 * rubric state the same levels. Each refusal names the offending object by its identifier.
 *
 * <p>How a package becomes a catalogue: an item with children (by {@code isChildOf}) is a profile, a leaf item a
 * competency; {@code humanCodingScheme} is the competency code or profile id (the identifier when there is none),
 * {@code fullStatement} the title, {@code notes} the description; a rubric is a scale whose levels come from its
 * criteria by {@code position}, the level code being the level's {@code score} (or its position when it has no
 * score) and its label the level's {@code quality}.
 */
public record CasePackage(Document document, List<Item> items, List<Association> associations, List<Rubric> rubrics) {
    public static final int MAX_ITEMS = 1_000;
    public static final int MAX_ASSOCIATIONS = 5_000;
    public static final int MAX_RUBRICS = 100;
    public static final int MAX_CRITERIA = 1_000;
    /** As many levels as a scale may hold ({@code Scale.MAX_LEVELS}). */
    public static final int MAX_LEVELS = 20;
    /** A level's score: at most six digits before the decimal point and four after. */
    public static final BigDecimal MAX_SCORE = new BigDecimal("999999.9999");
    public static final int SCORE_DECIMALS = 4;
    public static final String IS_CHILD_OF = "isChildOf";

    /** The {@code CFDocument}: the framework. {@code lastChange} is written on export and ignored on import. */
    public record Document(String identifier, String title, String creator, String description,
                           Optional<Instant> lastChange) {
        public Document {
            identifier = Uuids.canonical("CFDocument.identifier", identifier);
            Texts.line("CFDocument.title", title, Texts.LINE);
            Texts.line("CFDocument.creator", creator, Texts.LINE);
            description = orEmpty(Texts.optionalParagraph("CFDocument.description", description, Texts.PARAGRAPH));
            lastChange = lastChange == null ? Optional.empty()
                    : lastChange.map(at -> Instants.check("CFDocument.lastChangeDateTime", at));
        }
    }

    /** A {@code CFItem}: its statement, its code (empty when it has none) and notes (empty when none). */
    public record Item(String identifier, String fullStatement, String humanCodingScheme, String notes) {
        public Item {
            identifier = Uuids.canonical("CFItems.identifier", identifier);
            String field = "CFItems[" + identifier + "].";
            Texts.line(field + "fullStatement", fullStatement, Texts.LINE);
            humanCodingScheme = humanCodingScheme == null || humanCodingScheme.isBlank() ? ""
                    : Texts.line(field + "humanCodingScheme", humanCodingScheme, MAX_CODE);
            notes = orEmpty(Texts.optionalParagraph(field + "notes", notes, Texts.PARAGRAPH));
        }

        /** The competency code or profile id this item becomes: its code, or its identifier when it has none. */
        public String key() {
            return humanCodingScheme.isEmpty() ? identifier : humanCodingScheme;
        }
    }

    /** The most characters of a code or id lmskit holds. */
    public static final int MAX_CODE = 100;

    /** A {@code CFAssociation}: {@code origin} is related to {@code destination} by {@code type}. */
    public record Association(String identifier, String type, String origin, String destination,
                              Optional<Integer> sequenceNumber) {
        public Association {
            identifier = Uuids.canonical("CFAssociations.identifier", identifier);
            String field = "CFAssociations[" + identifier + "].";
            Texts.line(field + "associationType", type, MAX_CODE);
            origin = Uuids.canonical(field + "originNodeURI.identifier", origin);
            destination = Uuids.canonical(field + "destinationNodeURI.identifier", destination);
            sequenceNumber = sequenceNumber == null ? Optional.empty() : sequenceNumber;
        }

        public boolean isChildOf() {
            return IS_CHILD_OF.equals(type);
        }
    }

    /** A {@code CFRubric}: a scale; its criteria each give the levels and point at the competency that uses it. */
    public record Rubric(String identifier, String title, String description, List<Criterion> criteria) {
        public Rubric {
            identifier = Uuids.canonical("CFRubrics.identifier", identifier);
            String field = "CFRubrics[" + identifier + "].";
            Texts.line(field + "title", title, Texts.LINE);
            description = orEmpty(Texts.optionalParagraph(field + "description", description, Texts.PARAGRAPH));
            if (criteria == null || criteria.isEmpty()) {
                throw InvalidInputException.of(field + "CFRubricCriteria", "a rubric needs a criterion with its levels");
            }
            if (criteria.size() > MAX_CRITERIA) {
                throw InvalidInputException.of(field + "CFRubricCriteria", "at most " + MAX_CRITERIA + " criteria");
            }
            criteria = List.copyOf(criteria);
            List<Level> first = criteria.get(0).levels();
            for (Criterion criterion : criteria) {
                if (!sameLevels(first, criterion.levels())) {
                    throw InvalidInputException.of(field + "CFRubricCriteria[" + criterion.identifier()
                            + "].CFRubricCriterionLevels", "every criterion of a rubric states the rubric's levels"
                            + " (lmskit reads a rubric as one scale); they differ from criterion "
                            + criteria.get(0).identifier() + "'s");
                }
            }
        }

        /** The rubric's levels, lowest position first. */
        public List<Level> levels() {
            return criteria.get(0).levels();
        }

        private static boolean sameLevels(List<Level> a, List<Level> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                Level x = a.get(i);
                Level y = b.get(i);
                if (!x.code().equals(y.code()) || !x.label().equals(y.label()) || !x.description().equals(y.description())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A {@code CFRubricCriterion}: the levels, lowest position first, and the item it rates, if any. */
    public record Criterion(String identifier, Optional<String> item, List<Level> levels) {
        public Criterion {
            identifier = Uuids.canonical("CFRubricCriteria.identifier", identifier);
            String field = "CFRubricCriteria[" + identifier + "].";
            item = item == null ? Optional.empty() : item.map(i -> Uuids.canonical(field + "CFItemURI.identifier", i));
            if (levels == null || levels.size() < 2 || levels.size() > MAX_LEVELS) {
                throw InvalidInputException.of(field + "CFRubricCriterionLevels", "a scale has from 2 to " + MAX_LEVELS
                        + " levels");
            }
            List<Level> sorted = new ArrayList<>(levels);
            sorted.sort(java.util.Comparator.comparingInt(Level::position));
            Set<Integer> positions = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (Level level : sorted) {
                if (!positions.add(level.position())) {
                    throw InvalidInputException.of(field + "CFRubricCriterionLevels[" + level.position() + "].position",
                            "appears twice");
                }
                if (!codes.add(level.code())) {
                    throw InvalidInputException.of(field + "CFRubricCriterionLevels[" + level.position() + "].score",
                            "level " + Texts.quote(level.code()) + " appears twice");
                }
            }
            levels = List.copyOf(sorted);
        }
    }

    /** A {@code CFRubricCriterionLevel}: its position, optional score, quality (the label) and description. */
    public record Level(int position, Optional<BigDecimal> score, String quality, String description) {
        public Level {
            String field = "CFRubricCriterionLevels[" + position + "].";
            // one value, one form: 3.50 and 3.5 are the same score (and the same level code)
            score = score == null ? Optional.empty() : score.map(s -> Decimals.check(field + "score", s,
                    MAX_SCORE.negate(), MAX_SCORE, SCORE_DECIMALS)).map(s -> {
                        BigDecimal plain = s.stripTrailingZeros();
                        return plain.scale() < 0 ? plain.setScale(0) : plain;
                    });
            quality = quality == null || quality.isBlank() ? "" : Texts.line(field + "quality", quality, Texts.LINE);
            description = orEmpty(Texts.optionalParagraph(field + "description", description, Texts.PARAGRAPH));
        }

        /** The level's code: its score written plainly (3.0 is "3"), or its position when it has no score. */
        public String code() {
            return score.map(s -> s.stripTrailingZeros().toPlainString()).orElse(Integer.toString(position));
        }

        /** The level's label: its quality, or its code when it has none. */
        public String label() {
            return quality.isEmpty() ? code() : quality;
        }
    }

    public CasePackage {
        if (document == null) {
            throw InvalidInputException.of("CFDocument", "is required");
        }
        items = bounded("CFItems", items, MAX_ITEMS);
        associations = bounded("CFAssociations", associations, MAX_ASSOCIATIONS);
        rubrics = bounded("CFRubrics", rubrics, MAX_RUBRICS);
        Map<String, String> kinds = new HashMap<>();
        kinds.put(document.identifier(), "CFDocument");
        items.forEach(i -> unique(kinds, i.identifier(), "CFItems"));
        int criteria = 0;
        for (Rubric rubric : rubrics) {
            unique(kinds, rubric.identifier(), "CFRubrics");
            for (Criterion criterion : rubric.criteria()) {
                unique(kinds, criterion.identifier(), "CFRubrics[" + rubric.identifier() + "].CFRubricCriteria");
                criteria++;
            }
        }
        if (criteria > MAX_CRITERIA) {
            throw InvalidInputException.of("CFRubrics", "at most " + MAX_CRITERIA + " criteria in all");
        }
        Map<String, String> associationIds = new HashMap<>();
        Set<String> edges = new HashSet<>();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Association a : associations) {
            String field = "CFAssociations[" + a.identifier() + "]";
            if (associationIds.put(a.identifier(), a.identifier()) != null) {
                throw InvalidInputException.of(field + ".identifier", "appears twice");
            }
            if (!a.isChildOf()) {
                continue;
            }
            if (!"CFItems".equals(kinds.get(a.origin()))) {
                throw InvalidInputException.of(field + ".originNodeURI", "an isChildOf association starts at an item"
                        + " of the package; " + a.origin() + " is not one");
            }
            String target = kinds.get(a.destination());
            if (!"CFItems".equals(target) && !"CFDocument".equals(target)) {
                throw InvalidInputException.of(field + ".destinationNodeURI", "an isChildOf association ends at the"
                        + " package's document or one of its items; " + a.destination() + " is neither");
            }
            if (a.origin().equals(a.destination())) {
                throw InvalidInputException.of(field, "an item is not its own child");
            }
            if (!edges.add(a.origin() + ' ' + a.destination())) {
                throw InvalidInputException.of(field, "repeats that item " + a.origin() + " is a child of "
                        + a.destination());
            }
            parents.computeIfAbsent(a.origin(), k -> new ArrayList<>()).add(a.destination());
        }
        refuseCycles(parents, document.identifier());
        Set<String> withChildren = new HashSet<>();
        parents.values().forEach(withChildren::addAll);
        Map<String, String> competencyCodes = new HashMap<>();
        Map<String, String> profileIds = new HashMap<>();
        for (Item item : items) {
            Map<String, String> keys = withChildren.contains(item.identifier()) ? profileIds : competencyCodes;
            String other = keys.putIfAbsent(item.key(), item.identifier());
            if (other != null) {
                throw InvalidInputException.of("CFItems[" + item.identifier() + "].humanCodingScheme",
                        Texts.quote(item.key()) + " is also the code of item " + other);
            }
        }
        Map<String, String> rated = new HashMap<>();
        for (Rubric rubric : rubrics) {
            for (Criterion criterion : rubric.criteria()) {
                if (criterion.item().isEmpty()) {
                    continue;
                }
                String item = criterion.item().get();
                String field = "CFRubrics[" + rubric.identifier() + "].CFRubricCriteria[" + criterion.identifier()
                        + "].CFItemURI";
                if (!"CFItems".equals(kinds.get(item)) || withChildren.contains(item)) {
                    throw InvalidInputException.of(field, "a criterion rates a competency: a leaf item of the package;"
                            + " " + item + " is not one");
                }
                String other = rated.putIfAbsent(item, criterion.identifier());
                if (other != null) {
                    throw InvalidInputException.of(field, "item " + item + " is already rated by criterion " + other
                            + ": a competency has one scale");
                }
            }
        }
    }

    /** For each item, the identifiers it is a child of (the document's or items'), in the associations' order. */
    public Map<String, List<String>> parents() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        associations.stream().filter(Association::isChildOf)
                .forEach(a -> parents.computeIfAbsent(a.origin(), k -> new ArrayList<>()).add(a.destination()));
        return parents;
    }

    private static <T> List<T> bounded(String field, List<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw InvalidInputException.of(field, "at most " + max + " per package, was " + values.size());
        }
        for (T value : values) {
            if (value == null) {
                throw InvalidInputException.of(field, "holds an empty entry");
            }
        }
        return List.copyOf(values);
    }

    private static void unique(Map<String, String> kinds, String identifier, String field) {
        String other = kinds.putIfAbsent(identifier, field);
        if (other != null) {
            throw InvalidInputException.of(field + "[" + identifier + "].identifier", "is also the identifier of an"
                    + " object of " + other);
        }
    }

    /** Refuses, naming an item on it, a chain of isChildOf that comes back to where it started. */
    private static void refuseCycles(Map<String, List<String>> parents, String document) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : parents.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            // iterative depth-first walk up the parents: 1 on the current path, 2 done
            List<String> path = new ArrayList<>();
            List<java.util.Iterator<String>> next = new ArrayList<>();
            path.add(start);
            next.add(parents.getOrDefault(start, List.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<String> it = next.get(next.size() - 1);
                if (!it.hasNext()) {
                    state.put(path.remove(path.size() - 1), 2);
                    next.remove(next.size() - 1);
                    continue;
                }
                String parent = it.next();
                if (parent.equals(document)) {
                    continue;
                }
                Integer seen = state.get(parent);
                if (seen == null) {
                    state.put(parent, 1);
                    path.add(parent);
                    next.add(parents.getOrDefault(parent, List.of()).iterator());
                } else if (seen == 1) {
                    throw InvalidInputException.of("CFItems[" + parent + "]", "is its own ancestor through isChildOf"
                            + " associations");
                }
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
