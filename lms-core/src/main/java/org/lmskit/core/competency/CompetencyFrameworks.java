package org.lmskit.core.competency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.competency.framework.CaseIdentifiers;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.competency.FrameworkNodeRecord;
import org.lmskit.spi.competency.FrameworkRecord;
import org.lmskit.spi.competency.FrameworkStore;

/**
 * Competency frameworks exchanged as IMS CASE 1.1 packages (see {@link CasePackage} for how items, associations
 * and rubrics map to competencies, profiles and scales).
 *
 * <p>An import is one transaction, by an administrator: everything or nothing. Re-importing a package updates in
 * place what its identifiers became the first time, and writes only what changed; a CASE identifier keeps the code
 * it was first imported with. A competency, profile or scale belongs to one framework: an item whose code another
 * framework holds is refused. The default scale is shared by all and held by none. What a new import finds in
 * the catalogue under an item's code (a competency defined by hand, say) it takes over.
 *
 * <p>An export is the framework as the catalogue holds it now: its items, each profile's current competencies,
 * and one rubric per scale its competencies use. It imports back to the same catalogue. Objects lmskit did not
 * import (a competency added to a profile by hand, the default scale) get an identifier derived from their key,
 * the same at every export.
 */
public final class CompetencyFrameworks {
    public static final String HELD = "competency.framework.held";
    public static final String IDENTITY = "competency.framework.identity";

    private final CompetencyContext ctx;
    private final CompetencyCatalogue catalogue;

    CompetencyFrameworks(CompetencyContext ctx, CompetencyCatalogue catalogue) {
        this.ctx = ctx;
        this.catalogue = catalogue;
    }

    /** What an import did: the framework's version, and how many records it created, updated or left as they were. */
    public record ImportReport(FrameworkId framework, long version, boolean created, Counts scales, Counts competencies,
                               Counts profiles) {
    }

    /** Records created, updated and unchanged by an import. */
    public record Counts(int created, int updated, int unchanged) {
    }

    /** Imports {@code casePackage} into the catalogue in one transaction; administrators only. */
    public ImportReport importPackage(Actor actor, CasePackage casePackage) {
        ctx.ops.permit(actor, ctx.access::changeCatalogue);
        Operations.required("package", casePackage);
        return ctx.ops.write(() -> new Import(actor, casePackage).run());
    }

    /** The framework as the catalogue holds it now, as a CASE package; not found if it was never imported. */
    public CasePackage export(FrameworkId id) {
        Operations.required("frameworkId", id);
        return ctx.ops.read(() -> exportNow(frameworks().find(id.value())
                .orElseThrow(() -> new NotFoundException("framework", id.value()))));
    }

    private FrameworkStore frameworks() {
        return ctx.storage.competencyFrameworks();
    }

    private final class Import {
        private final Actor actor;
        private final CasePackage pkg;
        private final String doc;
        private final Optional<FrameworkRecord> existing;
        private final Map<String, FrameworkNodeRecord> known = new HashMap<>();
        private final Set<String> withChildren = new HashSet<>();
        private final Map<String, List<String>> parents;
        /** The scales read or written by this import, so that a thousand competencies read their scale once. */
        private final Map<ScaleId, Scale> scales = new HashMap<>();
        private int[] scaleCounts = new int[3];
        private int[] competencyCounts = new int[3];
        private int[] profileCounts = new int[3];

        Import(Actor actor, CasePackage pkg) {
            this.actor = actor;
            this.pkg = pkg;
            this.doc = pkg.document().identifier();
            this.existing = frameworks().find(doc);
            existing.ifPresent(f -> f.nodes().forEach(n -> known.put(n.identifier(), n)));
            this.parents = pkg.parents();
            parents.values().forEach(withChildren::addAll);
        }

        ImportReport run() {
            Map<String, Competency> current = ctx.storage.competencyCatalog().findCompetencies(pkg.items().stream()
                            .filter(this::isLeaf).map(Item::key).toList()).stream()
                    .map(CompetencyRecords::competency).collect(Collectors.toMap(c -> c.code().value(), c -> c));
            List<FrameworkNodeRecord> nodes = new ArrayList<>();
            Map<Rubric, ScaleId> scaleOfRubric = new LinkedHashMap<>();
            Map<String, ScaleId> scaleOfItem = new HashMap<>();
            Map<String, String> criterionOfItem = new HashMap<>();
            for (Rubric rubric : pkg.rubrics()) {
                ScaleId scaleId = scaleIdOf(rubric, current.values());
                scaleOfRubric.put(rubric, scaleId);
                if (!scaleId.equals(Scale.DEFAULT_ID)) {
                    nodes.add(node(rubric.identifier(), FrameworkNodeRecord.SCALE, scaleId.value(), List.of(),
                            Optional.empty(), "CFRubrics[" + rubric.identifier() + "]"));
                }
                for (Criterion criterion : rubric.criteria()) {
                    criterion.item().ifPresent(item -> {
                        scaleOfItem.put(item, scaleId);
                        criterionOfItem.put(item, criterion.identifier());
                    });
                }
            }
            Map<String, String> keyOfItem = new HashMap<>();
            for (Item item : pkg.items()) {
                keyOfItem.put(item.identifier(), item.key());
                nodes.add(node(item.identifier(), isLeaf(item) ? FrameworkNodeRecord.COMPETENCY : FrameworkNodeRecord.PROFILE,
                        item.key(), parents.getOrDefault(item.identifier(), List.of()),
                        Optional.ofNullable(criterionOfItem.get(item.identifier())),
                        "CFItems[" + item.identifier() + "].humanCodingScheme"));
            }
            refuseHeldElsewhere(nodes);
            scaleOfRubric.forEach(this::defineScale);
            for (Item item : pkg.items()) {
                if (isLeaf(item)) {
                    defineCompetency(item, current.get(item.key()), scaleOfItem.get(item.identifier()));
                }
            }
            Map<String, List<Association>> children = new LinkedHashMap<>();
            pkg.associations().stream().filter(Association::isChildOf)
                    .forEach(a -> children.computeIfAbsent(a.destination(), k -> new ArrayList<>()).add(a));
            List<String> profileKeys = pkg.items().stream().filter(i -> !isLeaf(i)).map(Item::key).toList();
            Map<String, Profile> currentProfiles = ctx.storage.competencyCatalog().findProfiles(profileKeys).stream()
                    .map(CompetencyRecords::profile).collect(Collectors.toMap(p -> p.id().value(), p -> p));
            Map<String, Item> items = pkg.items().stream().collect(Collectors.toMap(Item::identifier, Function.identity()));
            for (Item item : pkg.items()) {
                if (!isLeaf(item)) {
                    List<CompetencyCode> codes = children.getOrDefault(item.identifier(), List.of()).stream()
                            .sorted(Comparator.comparing(a -> a.sequenceNumber().orElse(Integer.MAX_VALUE)))
                            .map(Association::origin).filter(child -> isLeaf(items.get(child)))
                            .map(child -> CompetencyCode.of(keyOfItem.get(child))).toList();
                    defineProfile(item, codes, currentProfiles.get(item.key()));
                }
            }
            Document d = pkg.document();
            FrameworkRecord record = new FrameworkRecord(doc, d.title(), d.creator(), d.description(), ctx.ops.now(),
                    nodes, existing.map(FrameworkRecord::version).orElse(0L));
            FrameworkRecord stored = existing.filter(e -> sameContent(e, record)).orElseGet(() ->
                    ctx.ops.define(actor, "framework", record.version(), () -> { },
                            () -> frameworks().insert(record), existing::orElseThrow, () -> frameworks().update(record),
                            FrameworkRecord::frameworkId, f -> Operations.fields("title", f.title(), "creator",
                                    f.creator(), "description", f.description().isEmpty() ? null : f.description(),
                                    "nodes", f.nodes().size())));
            return new ImportReport(FrameworkId.of(doc), stored.version(), existing.isEmpty(), counts(scaleCounts),
                    counts(competencyCounts), counts(profileCounts));
        }

        private boolean isLeaf(Item item) {
            return !withChildren.contains(item.identifier());
        }

        /**
         * The scale a rubric is: the one it became at an earlier import; else a scale whose derived identifier it
         * carries (a package lmskit exported); else a new scale named by the rubric's identifier.
         */
        private ScaleId scaleIdOf(Rubric rubric, java.util.Collection<Competency> current) {
            FrameworkNodeRecord before = known.get(rubric.identifier());
            if (before != null && before.kind().equals(FrameworkNodeRecord.SCALE)) {
                return ScaleId.of(before.key());
            }
            Set<ScaleId> candidates = new LinkedHashSet<>();
            candidates.add(Scale.DEFAULT_ID);
            current.forEach(c -> candidates.add(c.scale()));
            for (ScaleId candidate : candidates) {
                if (CaseIdentifiers.derived(FrameworkNodeRecord.SCALE, candidate.value()).equals(rubric.identifier())) {
                    return candidate;
                }
            }
            return ScaleId.of(rubric.identifier());
        }

        private FrameworkNodeRecord node(String identifier, String kind, String key, List<String> nodeParents,
                                         Optional<String> criterion, String field) {
            FrameworkNodeRecord before = known.get(identifier);
            if (before != null && (!before.kind().equals(kind) || !before.key().equals(key))) {
                throw ctx.ops.refuse(actor, new RuleRefusedException(IDENTITY, field, identifier + " was imported as "
                        + before.kind() + " '" + before.key() + "'; a CASE identifier keeps what it first became, so it"
                        + " cannot become " + kind + " '" + key + "'"));
            }
            return new FrameworkNodeRecord(identifier, kind, key, nodeParents, criterion);
        }

        private void refuseHeldElsewhere(List<FrameworkNodeRecord> nodes) {
            Map<String, List<FrameworkNodeRecord>> byKind = nodes.stream()
                    .collect(Collectors.groupingBy(FrameworkNodeRecord::kind, LinkedHashMap::new, Collectors.toList()));
            byKind.forEach((kind, ofKind) -> {
                Map<String, String> holders = frameworks().holders(kind,
                        ofKind.stream().map(FrameworkNodeRecord::key).toList());
                for (FrameworkNodeRecord n : ofKind) {
                    String holder = holders.get(n.key());
                    if (holder != null && !holder.equals(doc)) {
                        throw ctx.ops.refuse(actor, new RuleRefusedException(HELD, (kind.equals(FrameworkNodeRecord.SCALE)
                                ? "CFRubrics[" : "CFItems[") + n.identifier() + "]", kind + " '" + n.key()
                                + "' belongs to framework " + holder + "; a competency, profile or scale belongs to one"
                                + " framework"));
                    }
                }
            });
        }

        private void defineScale(Rubric rubric, ScaleId id) {
            Optional<Scale> before = id.equals(Scale.DEFAULT_ID) ? Optional.of(scale(id))
                    : ctx.storage.competencyCatalog().findScale(id.value()).map(CompetencyRecords::scale);
            List<ScaleLevel> levels = rubric.levels().stream()
                    .map(l -> new ScaleLevel(l.code(), l.label(), l.description())).toList();
            Scale scale = new Scale(id, rubric.title(), levels, before.map(Scale::notApplicableAllowed).orElse(true),
                    before.map(Scale::version).orElse(0L));
            scales.put(id, write(scaleCounts, before, scale, catalogue::defineScale));
        }

        private Scale scale(ScaleId id) {
            return scales.computeIfAbsent(id, ctx::scale);
        }

        private void defineCompetency(Item item, Competency before, ScaleId fromRubric) {
            ScaleId scaleId = fromRubric != null ? fromRubric : before != null ? before.scale() : Scale.DEFAULT_ID;
            Scale scale = scale(scaleId);
            ScoreThresholds thresholds = before != null && before.scale().equals(scaleId) && fits(before.thresholds(), scale)
                    ? before.thresholds() : ScoreThresholds.evenlyOver(scale);
            Competency competency = new Competency(CompetencyCode.of(item.key()), item.fullStatement(), item.notes(),
                    scaleId, thresholds, before == null ? 0 : before.version());
            write(competencyCounts, Optional.ofNullable(before), competency, catalogue::defineCompetency);
        }

        private void defineProfile(Item item, List<CompetencyCode> codes, Profile before) {
            Profile profile = new Profile(ProfileId.of(item.key()), item.fullStatement(), codes,
                    before == null ? 0 : before.version());
            write(profileCounts, Optional.ofNullable(before), profile, catalogue::defineProfile);
        }

        /** Defines {@code wanted} unless {@code before} is already it; counts which; returns what the catalogue holds. */
        private <T> T write(int[] counts, Optional<T> before, T wanted, java.util.function.BiFunction<Actor, T, T> define) {
            if (before.isPresent() && before.get().equals(wanted)) {
                counts[2]++;
                return before.get();
            }
            counts[before.isEmpty() ? 0 : 1]++;
            return define.apply(actor, wanted);
        }
    }

    private static boolean fits(ScoreThresholds thresholds, Scale scale) {
        try {
            thresholds.check(scale);
            return true;
        } catch (org.lmskit.core.error.InvalidInputException misfit) {
            return false;
        }
    }

    private static boolean sameContent(FrameworkRecord a, FrameworkRecord b) {
        return a.title().equals(b.title()) && a.creator().equals(b.creator()) && a.description().equals(b.description())
                && a.nodes().equals(b.nodes());
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2]);
    }

    private CasePackage exportNow(FrameworkRecord framework) {
        String doc = framework.frameworkId();
        var catalog = ctx.storage.competencyCatalog();
        List<FrameworkNodeRecord> nodes = framework.nodes();
        Map<String, Competency> competencies = new LinkedHashMap<>();
        catalog.findCompetencies(keys(nodes, FrameworkNodeRecord.COMPETENCY)).forEach(r ->
                competencies.put(r.code(), CompetencyRecords.competency(r)));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        catalog.findProfiles(keys(nodes, FrameworkNodeRecord.PROFILE)).forEach(r ->
                profiles.put(r.profileId(), CompetencyRecords.profile(r)));
        Set<String> extraCodes = new java.util.TreeSet<>();
        profiles.values().forEach(p -> p.competencies().forEach(c -> {
            if (!competencies.containsKey(c.value())) {
                extraCodes.add(c.value());
            }
        }));
        catalog.findCompetencies(extraCodes).forEach(r -> competencies.put(r.code(), CompetencyRecords.competency(r)));

        Map<String, String> itemOfCompetency = new LinkedHashMap<>();
        Map<String, String> itemOfProfile = new HashMap<>();
        Map<String, String> criterionOfCompetency = new HashMap<>();
        Map<String, String> rubricOfScale = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (FrameworkNodeRecord n : nodes) {
            switch (n.kind()) {
                case FrameworkNodeRecord.COMPETENCY -> {
                    Competency c = competencies.get(n.key());
                    items.add(new Item(n.identifier(), c.title(), c.code().value(), c.description()));
                    itemOfCompetency.put(n.key(), n.identifier());
                    n.criterion().ifPresent(cr -> criterionOfCompetency.put(n.key(), cr));
                }
                case FrameworkNodeRecord.PROFILE -> {
                    Profile p = profiles.get(n.key());
                    items.add(new Item(n.identifier(), p.name(), p.id().value(), ""));
                    itemOfProfile.put(n.key(), n.identifier());
                }
                default -> rubricOfScale.put(n.key(), n.identifier());
            }
        }
        for (String code : extraCodes) {
            Competency c = competencies.get(code);
            String identifier = CaseIdentifiers.derived(FrameworkNodeRecord.COMPETENCY, code);
            items.add(new Item(identifier, c.title(), code, c.description()));
            itemOfCompetency.put(code, identifier);
        }

        List<Association> associations = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> profileItems = new HashSet<>(itemOfProfile.values());
        for (FrameworkNodeRecord n : nodes) {
            if (n.kind().equals(FrameworkNodeRecord.PROFILE)) {
                List<String> up = n.parents().stream().filter(p -> p.equals(doc) || profileItems.contains(p)).toList();
                (up.isEmpty() ? List.of(doc) : up).forEach(parent -> associations.add(childOf(n.identifier(), parent,
                        Optional.empty())));
                List<CompetencyCode> members = profiles.get(n.key()).competencies();
                for (int i = 0; i < members.size(); i++) {
                    String child = itemOfCompetency.get(members.get(i).value());
                    associations.add(childOf(child, n.identifier(), Optional.of(i + 1)));
                    placed.add(child);
                }
            }
        }
        for (FrameworkNodeRecord n : nodes) {
            if (n.kind().equals(FrameworkNodeRecord.COMPETENCY) && (n.parents().contains(doc) || !placed.contains(n.identifier()))) {
                associations.add(childOf(n.identifier(), doc, Optional.empty()));
            }
        }

        Map<ScaleId, List<Competency>> byScale = new LinkedHashMap<>();
        itemOfCompetency.keySet().forEach(code -> byScale.computeIfAbsent(competencies.get(code).scale(),
                k -> new ArrayList<>()).add(competencies.get(code)));
        Map<ScaleId, Scale> scales = new HashMap<>();
        catalog.findScales(byScale.keySet().stream().map(ScaleId::value).toList())
                .forEach(r -> scales.put(ScaleId.of(r.scaleId()), CompetencyRecords.scale(r)));
        List<Rubric> rubrics = new ArrayList<>();
        byScale.forEach((scaleId, onScale) -> {
            Scale scale = scales.containsKey(scaleId) ? scales.get(scaleId) : ctx.scale(scaleId);
            String rubric = rubricOfScale.getOrDefault(scaleId.value(),
                    CaseIdentifiers.derived(FrameworkNodeRecord.SCALE, scaleId.value()));
            List<Level> levels = new ArrayList<>();
            for (int i = 0; i < scale.levels().size(); i++) {
                ScaleLevel level = scale.levels().get(i);
                levels.add(new Level(i + 1, scoreOf(level.code()), level.label(), level.description()));
            }
            List<Criterion> criteria = onScale.stream().map(c -> new Criterion(criterionOfCompetency.getOrDefault(
                    c.code().value(), CaseIdentifiers.derived("criterion", rubric + "/" + c.code().value())),
                    Optional.of(itemOfCompetency.get(c.code().value())), levels)).toList();
            rubrics.add(new Rubric(rubric, scale.name(), "", criteria));
        });
        return new CasePackage(new Document(doc, framework.title(), framework.creator(), framework.description(),
                Optional.of(framework.changedAt())), items, associations, rubrics);
    }

    private static List<String> keys(List<FrameworkNodeRecord> nodes, String kind) {
        return nodes.stream().filter(n -> n.kind().equals(kind)).map(FrameworkNodeRecord::key).toList();
    }

    private static Association childOf(String child, String parent, Optional<Integer> sequence) {
        return new Association(CaseIdentifiers.derived(CasePackage.IS_CHILD_OF, child + "/" + parent),
                CasePackage.IS_CHILD_OF, child, parent, sequence);
    }

    /** A level code that is a plain number is exported as the level's score; any other has none (its position counts). */
    private static Optional<BigDecimal> scoreOf(String code) {
        if (!code.matches("-?\\d{1,6}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal score = new BigDecimal(code);
        return score.stripTrailingZeros().toPlainString().equals(code) ? Optional.of(score) : Optional.empty();
    }
}
