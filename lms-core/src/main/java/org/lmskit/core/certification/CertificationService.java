package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.GradingTableRecord;

/**
 * Grades against the default or a path's own table, and keeps each path's certification set-up
 * (grading table, mandatory badges, workshops, case study) under audit.
 */
public final class CertificationService {
    static final String RECORD_TYPE = "grading-table";
    static final String SETUP_RECORD_TYPE = "certification-path";

    private final CertificationContext ctx;
    private final GradingTablePolicy policy = new GradingTablePolicy();

    CertificationService(CertificationContext ctx) {
        this.ctx = ctx;
    }

    /** Grades with the seed's default table. */
    public GradingResult grade(BigDecimal rawGrade) {
        Grade grade = Grade.of(rawGrade);
        return new GradingResult(grade, GradingTable.ofDefaults().levelFor(grade));
    }

    /** Grades with the path's own table, or the default one if the path has none. */
    public GradingResult grade(PathId pathId, BigDecimal rawGrade) {
        Grade grade = Grade.of(rawGrade);
        return new GradingResult(grade, gradingTable(pathId).table().levelFor(grade));
    }

    /** The grading table in force for a path: its own, or the seed's default (18 gold, 15 silver, 12 bronze). */
    public PathGradingTable gradingTable(PathId pathId) {
        requirePath(pathId);
        return ctx.storage.gradingTables().find(pathId.value())
                .map(CertificationService::toDomain)
                .orElseGet(() -> new PathGradingTable(pathId, GradingTable.ofDefaults(), 0));
    }

    /**
     * Gives the path its own table. {@code expectedVersion} is the version read: 0 when the path
     * still uses the defaults.
     *
     * @throws PermissionDeniedException the actor is not an administrator
     * @throws ConflictException someone changed the table since {@code expectedVersion}
     */
    public PathGradingTable defineGradingTable(Actor actor, PathId pathId, GradingTable table, long expectedVersion) {
        Operations.requireActor(actor);
        requirePath(pathId);
        if (table == null) {
            throw InvalidInputException.of("table", "is required");
        }
        checkVersion(expectedVersion);
        authorize(actor, pathId);
        PathGradingTable saved;
        try {
            saved = ctx.write(() -> {
                GradingTableRecord record = new GradingTableRecord(pathId.value(), table.gold(), table.silver(),
                        table.bronze(), expectedVersion);
                GradingTable before = expectedVersion == 0 ? null : storedTable(pathId);
                GradingTableRecord stored = expectedVersion == 0 ? ctx.storage.gradingTables().insert(record)
                        : ctx.storage.gradingTables().update(record);
                ctx.audit.record(actor, RECORD_TYPE, pathId.value(), expectedVersion == 0 ? "created" : "updated",
                        changes(before, table));
                return toDomain(stored);
            });
        } catch (ConflictException conflict) {
            ctx.events.publish(new CertificationEvent.GradingTableChangeRefused(ctx.now(), pathId, actor.id(),
                    conflict.code()));
            throw conflict;
        }
        ctx.publish(new CertificationEvent.GradingTableChanged(ctx.now(), pathId, actor.id(), saved.table(),
                saved.version()));
        return saved;
    }

    /** Removes the path's own table, so it grades with the defaults again. */
    public void resetGradingTable(Actor actor, PathId pathId, long expectedVersion) {
        Operations.requireActor(actor);
        requirePath(pathId);
        if (expectedVersion < 1) {
            throw InvalidInputException.of("version", "must be the stored version, 1 or more");
        }
        authorize(actor, pathId);
        ctx.write(() -> {
            GradingTable before = storedTable(pathId);
            ctx.storage.gradingTables().delete(pathId.value(), expectedVersion);
            ctx.audit.record(actor, RECORD_TYPE, pathId.value(), "reset", changes(before, null));
            return null;
        });
        ctx.publish(new CertificationEvent.GradingTableReset(ctx.now(), pathId, actor.id()));
    }

    /** The path's certification set-up; a path never set up does not certify (version 0). */
    public CertificationPathSetup pathSetup(PathId pathId) {
        requirePath(pathId);
        return ctx.storage.certificationPaths().find(pathId.value()).map(CertificationRecords::setup)
                .orElseGet(() -> CertificationPathSetup.notCertifying(pathId));
    }

    /**
     * Stores a path's set-up; {@code setup.version()} is the version read (0 for a path never set up).
     * Only an administrator; audited. The case study is versioned (seed 003): a set-up whose questions keep
     * the same ids, order and points corrects the current version's wording in place ("une faute de
     * français"), which learners already started see too; any other change of questions publishes a new
     * version, and learners who started keep theirs. {@link #publishCaseStudy} publishes one explicitly.
     */
    public CertificationPathSetup definePathSetup(Actor actor, CertificationPathSetup setup) {
        LearnerAccess.requireActor(actor);
        if (setup == null) {
            throw InvalidInputException.of("setup", "is required");
        }
        checkVersion(setup.version());
        ctx.access.requireRole(actor, "certification.path.change", Role.ADMINISTRATOR);
        CertificationPathSetup saved = ctx.write(() -> {
            java.util.Optional<CertificationPathRecord> previous = setup.version() == 0 ? java.util.Optional.empty()
                    : ctx.storage.certificationPaths().find(setup.pathId().value());
            List<CaseStudyVersionRecord> before = previous.map(CertificationPathRecord::caseStudies).orElse(List.of());
            List<CaseStudyVersionRecord> after = withCaseStudy(before, setup.caseStudy(), false);
            CertificationPathRecord record = CertificationRecords.record(setup, after);
            CertificationPathRecord stored = setup.version() == 0 ? ctx.storage.certificationPaths().insert(record)
                    : ctx.storage.certificationPaths().update(record);
            // field by field, what the set-up was and is: a change records only the fields that changed
            List<FieldChange> changes = new ArrayList<>(Operations.fieldChanges(
                    previous.map(p -> setupFields(p.certifying(), p.mandatoryThemeIds(), p.requiredWorkshops(),
                            before.isEmpty() ? null : before.get(before.size() - 1).questions().size(), before))
                            .orElse(Map.of()),
                    setupFields(setup.certifying(), setup.mandatoryThemes().stream().map(ThemeId::value).toList(),
                            setup.requiredWorkshops(), setup.caseStudy().size(), after)));
            if (!before.isEmpty() && latest(before).equals(latest(after))
                    && !before.get(before.size() - 1).equals(after.get(after.size() - 1))) {
                // seed 003's "faute de français": the wording of the current version corrected in place
                changes.add(new FieldChange("caseStudyWordingCorrected", null, latest(after)));
            }
            ctx.audit.record(actor, SETUP_RECORD_TYPE, setup.pathId().value(),
                    setup.version() == 0 ? "created" : "updated", changes);
            return CertificationRecords.setup(stored);
        });
        ctx.publish(new CertificationEvent.PathSetupChanged(ctx.now(), saved.pathId(), actor.id(),
                saved.version()));
        return saved;
    }

    /**
     * Publishes a new version of a certifying path's case study (seed 003: "créer et rendre public un nouveau
     * cas pratique"), even if only a prompt's subject changed: learners who started keep theirs, the others
     * start this one. {@code expectedVersion} is the path set-up's version read. Only an administrator; audited.
     */
    public CaseStudyVersion publishCaseStudy(Actor actor, PathId pathId, List<CaseStudyQuestion> questions,
                                             long expectedVersion) {
        LearnerAccess.requireActor(actor);
        requirePath(pathId);
        Operations.required("questions", questions);
        checkVersion(expectedVersion);
        ctx.access.requireRole(actor, "certification.path.change", Role.ADMINISTRATOR);
        // checks the questions as a certifying set-up would: 10 to 20, each once
        new CertificationPathSetup(pathId, true, java.util.Set.of(), 0, questions, 0);
        CaseStudyVersion published = ctx.write(() -> {
            java.util.Optional<CertificationPathRecord> found = ctx.storage.certificationPaths().find(pathId.value())
                    .filter(CertificationPathRecord::certifying);
            if (found.isEmpty()) {
                ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.NOT_CERTIFYING, "pathId",
                        "path '" + pathId + "' does not certify: set it up as certifying first"));
            }
            CertificationPathRecord current = found.orElseThrow();
            List<CaseStudyVersionRecord> after = withCaseStudy(current.caseStudies(), questions, true);
            ctx.storage.certificationPaths().update(new CertificationPathRecord(current.pathId(), true,
                    current.mandatoryThemeIds(), current.requiredWorkshops(), after, expectedVersion));
            ctx.audit.record(actor, SETUP_RECORD_TYPE, pathId.value(), "case-study-published", List.of(
                    new FieldChange("caseStudyVersion", latest(current.caseStudies()), latest(after)),
                    new FieldChange("caseStudyQuestions", null, String.valueOf(questions.size()))));
            return CertificationRecords.caseStudy(pathId.value(), after.get(after.size() - 1));
        });
        ctx.publish(new CertificationEvent.CaseStudyPublished(ctx.now(), pathId, published.version(), actor.id()));
        return published;
    }

    /** The case study a learner who starts now gets: the newest version; empty for a path that does not certify. */
    public java.util.Optional<CaseStudyVersion> currentCaseStudy(PathId pathId) {
        requirePath(pathId);
        return ctx.storage.certificationPaths().find(pathId.value())
                .flatMap(r -> r.currentCaseStudy().map(v -> CertificationRecords.caseStudy(r.pathId(), v)));
    }

    /** One version of the path's case study, as published; empty if there is no such version. */
    public java.util.Optional<CaseStudyVersion> caseStudy(PathId pathId, int version) {
        requirePath(pathId);
        return ctx.storage.certificationPaths().find(pathId.value())
                .flatMap(r -> r.caseStudy(version).map(v -> CertificationRecords.caseStudy(r.pathId(), v)));
    }

    /**
     * {@code versions} with {@code questions} as the newest: appended as a new version, unless {@code always} is
     * off and they keep the newest version's ids, order and points (then its wording is corrected in place).
     */
    private static List<CaseStudyVersionRecord> withCaseStudy(List<CaseStudyVersionRecord> versions,
                                                              List<CaseStudyQuestion> questions, boolean always) {
        if (questions.isEmpty()) {
            return versions;
        }
        List<CaseStudyQuestionRecord> records = CertificationRecords.records(questions);
        List<CaseStudyVersionRecord> after = new ArrayList<>(versions);
        if (versions.isEmpty()) {
            after.add(new CaseStudyVersionRecord(1, records));
            return after;
        }
        CaseStudyVersionRecord newest = versions.get(versions.size() - 1);
        if (!always && sameSubject(newest.questions(), records)) {
            after.set(after.size() - 1, new CaseStudyVersionRecord(newest.version(), records));
        } else {
            after.add(new CaseStudyVersionRecord(newest.version() + 1, records));
        }
        return after;
    }

    private static boolean sameSubject(List<CaseStudyQuestionRecord> a, List<CaseStudyQuestionRecord> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).questionId().equals(b.get(i).questionId())
                    || a.get(i).maxPoints().compareTo(b.get(i).maxPoints()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** What the audit trail states of a path's set-up. */
    private static Map<String, String> setupFields(boolean certifying, java.util.Collection<String> themes,
                                                   int requiredWorkshops, Integer caseStudyQuestions,
                                                   List<CaseStudyVersionRecord> caseStudies) {
        return Operations.fields("certifying", certifying, "mandatoryThemes", themes.stream().sorted().toList(),
                "requiredWorkshops", requiredWorkshops, "caseStudyQuestions", caseStudyQuestions,
                "caseStudyVersion", latest(caseStudies));
    }

    private static String latest(List<CaseStudyVersionRecord> versions) {
        return versions.isEmpty() ? null : String.valueOf(versions.get(versions.size() - 1).version());
    }

    private GradingTable storedTable(PathId pathId) {
        return ctx.storage.gradingTables().find(pathId.value()).map(CertificationService::toDomain)
                .map(PathGradingTable::table).orElse(null);
    }

    private void authorize(Actor actor, PathId pathId) {
        if (policy.mayChange(actor) instanceof Decision.Rejected rejected) {
            ctx.events.publish(new CertificationEvent.GradingTableChangeRefused(ctx.now(), pathId, actor.id(),
                    rejected.reason()));
            throw new PermissionDeniedException(rejected.rule(), rejected.reason());
        }
    }

    static void requirePath(PathId pathId) {
        if (pathId == null) {
            throw InvalidInputException.of("pathId", "is required");
        }
    }

    private static void checkVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw InvalidInputException.of("version", "must be 0 or more, was " + expectedVersion);
        }
    }

    static PathGradingTable toDomain(GradingTableRecord record) {
        return new PathGradingTable(PathId.of(record.pathId()),
                GradingTable.of(record.gold(), record.silver(), record.bronze()), record.version());
    }

    private static List<FieldChange> changes(GradingTable before, GradingTable after) {
        List<FieldChange> changes = new ArrayList<>();
        addChange(changes, "gold", before == null ? null : before.gold(), after == null ? null : after.gold());
        addChange(changes, "silver", before == null ? null : before.silver(), after == null ? null : after.silver());
        addChange(changes, "bronze", before == null ? null : before.bronze(), after == null ? null : after.bronze());
        return changes;
    }

    private static void addChange(List<FieldChange> changes, String field, BigDecimal before, BigDecimal after) {
        String b = before == null ? null : before.toPlainString();
        String a = after == null ? null : after.toPlainString();
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, b, a));
        }
    }
}
