package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import org.lmskit.core.domain.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * Jobs, positionings, gaps and team views (seed 000). Who may position (checked here, through the
 * host's {@link Directory}): the learner only if their manager allowed it; an observation only by
 * a tutor or trainer of the learner; a manager for their team; a supervisor for their organisation;
 * evaluations by the platform (an administrator). Who may read: the learner, their managers,
 * supervisors, tutors and trainers, administrators.
 */
public final class CompetencyService {
    /** The longest comment a positioning keeps. */
    public static final int MAX_COMMENT = 5000;
    private final StorageProvider storage;
    private final AuditWriter audit;
    private final Directory directory;
    private final GapCalculator gaps;

    public CompetencyService(StorageProvider storage, AuditWriter audit, Directory directory, AcquisitionPolicy policy,
                             TrainingCatalog trainings) {
        this.storage = storage;
        this.audit = audit;
        this.directory = directory;
        this.gaps = new GapCalculator(policy, trainings);
    }

    // ---- catalogue

    public Scale defineScale(Actor actor, Scale scale) {
        requireAdmin(actor);
        requireNonNull(scale, "scale");
        return write(() -> {
            Scale stored = CompetencyRecords.scale(scale.version() == 0
                    ? storage.competencyCatalog().insertScale(CompetencyRecords.record(scale))
                    : storage.competencyCatalog().updateScale(CompetencyRecords.record(scale)));
            audit.record(actor, "scale", stored.id().value(), scale.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("levels", null, String.valueOf(stored.levels().size()))));
            return stored;
        });
    }

    public Scale scale(ScaleId id) {
        requireNonNull(id, "scaleId");
        if (id.equals(Scale.DEFAULT_ID)) {
            return storage.competencyCatalog().findScale(id.value()).map(CompetencyRecords::scale)
                    .orElseGet(Scale::ofDefaults);
        }
        return storage.competencyCatalog().findScale(id.value()).map(CompetencyRecords::scale)
                .orElseThrow(() -> new NotFoundException("scale", id.value()));
    }

    public Competency defineCompetency(Actor actor, Competency competency) {
        requireAdmin(actor);
        requireNonNull(competency, "competency");
        competency.thresholds().check(scale(competency.scale()));
        return write(() -> {
            Competency stored = CompetencyRecords.competency(competency.version() == 0
                    ? storage.competencyCatalog().insertCompetency(CompetencyRecords.record(competency))
                    : storage.competencyCatalog().updateCompetency(CompetencyRecords.record(competency)));
            audit.record(actor, "competency", stored.code().value(), competency.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("title", null, stored.title())));
            return stored;
        });
    }

    public Competency competency(CompetencyCode code) {
        requireNonNull(code, "code");
        return storage.competencyCatalog().findCompetency(code.value()).map(CompetencyRecords::competency)
                .orElseThrow(() -> new NotFoundException("competency", code.value()));
    }

    public Profile defineProfile(Actor actor, Profile profile) {
        requireAdmin(actor);
        requireNonNull(profile, "profile");
        competencies(profile.competencies());
        return write(() -> {
            Profile stored = CompetencyRecords.profile(profile.version() == 0
                    ? storage.competencyCatalog().insertProfile(CompetencyRecords.record(profile))
                    : storage.competencyCatalog().updateProfile(CompetencyRecords.record(profile)));
            audit.record(actor, "profile", stored.id().value(), profile.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("competencies", null, String.valueOf(stored.competencies().size()))));
            return stored;
        });
    }

    /** A job's requirements cover exactly the competencies of its profiles, each a level of the competency's scale or not applicable. */
    public Job defineJob(Actor actor, Job job) {
        requireAdmin(actor);
        requireNonNull(job, "job");
        GapCalculator.JobContext context = context(job);
        Set<CompetencyCode> expected = new LinkedHashSet<>();
        context.profiles().forEach(p -> expected.addAll(p.competencies()));
        for (CompetencyCode code : expected) {
            LevelValue required = job.requirements().get(code);
            if (required == null) {
                throw InvalidInputException.of("requirements." + code, "is required: the competency is in the job's profiles");
            }
            context.scales().get(context.competencies().get(code).scale()).check("requirements." + code, required);
        }
        job.requirements().keySet().stream().filter(code -> !expected.contains(code)).findFirst().ifPresent(code -> {
            throw InvalidInputException.of("requirements." + code, "is not a competency of the job's profiles");
        });
        return write(() -> {
            Job stored = CompetencyRecords.job(job.version() == 0
                    ? storage.competencyCatalog().insertJob(CompetencyRecords.record(job))
                    : storage.competencyCatalog().updateJob(CompetencyRecords.record(job)));
            audit.record(actor, "job", stored.id().value(), job.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("requirements", null, String.valueOf(stored.requirements().size()))));
            return stored;
        });
    }

    public Job job(JobId id) {
        requireNonNull(id, "jobId");
        return storage.competencyCatalog().findJob(id.value()).map(CompetencyRecords::job)
                .orElseThrow(() -> new NotFoundException("job", id.value()));
    }

    // ---- learners

    /** Sets a learner's target job: administrators, the learner's managers and supervisors. */
    public Optional<JobId> assignJob(Actor actor, UserId learner, JobId jobId) {
        requireNonNull(learner, "learner");
        job(jobId);
        requireActor(actor);
        if (!actor.has(Role.ADMINISTRATOR) && !directory.managersOf(learner).contains(actor.id())
                && !directory.supervisorsOf(learner).contains(actor.id())) {
            throw new PermissionDeniedException("competency.job.assign",
                    "only an administrator, a manager or a supervisor of the learner sets their job");
        }
        return write(() -> {
            Optional<JobAssignmentRecord> current = storage.jobAssignments().find(learner.value());
            JobAssignmentRecord next = new JobAssignmentRecord(learner.value(), jobId.value(), audit.now(),
                    current.map(JobAssignmentRecord::version).orElse(0L));
            if (current.isEmpty()) {
                storage.jobAssignments().insert(next);
            } else {
                storage.jobAssignments().update(next);
            }
            audit.record(actor, "job-assignment", learner.value(), "assigned",
                    List.of(new FieldChange("job", current.map(JobAssignmentRecord::jobId).orElse(null), jobId.value())));
            return Optional.of(jobId);
        });
    }

    public Optional<JobId> jobOf(Actor actor, UserId learner) {
        requireRead(actor, learner);
        return storage.jobAssignments().find(learner.value()).map(a -> JobId.of(a.jobId()));
    }

    /**
     * Records a positioning. For an evaluation or an observation pass the score (0-100 %): the
     * competency's thresholds give the level. For the other sources pass the level.
     */
    public Positioning position(Actor actor, UserId learner, CompetencyCode code, Source source,
                                Optional<LevelValue> level, Optional<BigDecimal> score, Optional<String> comment) {
        requireActor(actor);
        requireNonNull(learner, "learner");
        requireNonNull(source, "source");
        // the input's own domain first, before anything is read: refuse early, refuse cheaply
        Optional<BigDecimal> given = score == null ? Optional.empty() : score;
        Optional<BigDecimal> storedScore = Decimals.checkOptional("score", given, BigDecimal.ZERO,
                ScoreThresholds.HUNDRED, ScoreThresholds.DECIMALS);
        if (!source.scored() && storedScore.isPresent()) {
            throw InvalidInputException.of("score", "is given only for an evaluation or an observation");
        }
        Optional<String> note = comment == null ? Optional.empty() : comment.filter(c -> !c.isBlank());
        note.ifPresent(c -> Texts.optionalParagraph("comment", c, MAX_COMMENT));
        Competency competency = competency(code);
        Scale scale = scale(competency.scale());
        authorizePosition(actor, learner, source);
        LevelValue value;
        if (source.scored()) {
            BigDecimal s = storedScore.orElseThrow(() -> InvalidInputException.of("score", "is required for " + source));
            value = LevelValue.of(competency.thresholds().levelFor(s));
        } else {
            value = (level == null ? Optional.<LevelValue>empty() : level)
                    .orElseThrow(() -> InvalidInputException.of("level", "is required for " + source));
            scale.check("level", value);
        }
        return write(() -> CompetencyRecords.positioning(storage.positionings().append(new NewPositioningRecord(
                learner.value(), code.value(), value.code(), source.name(), actor.id().value(), audit.now(),
                storedScore, note))));
    }

    Positioning appendReviewPositioning(Actor actor, UserId learner, CompetencyCode code, LevelValue level, Instant at) {
        return CompetencyRecords.positioning(storage.positionings().append(new NewPositioningRecord(learner.value(),
                code.value(), level.code(), Source.REVIEW.name(), actor.id().value(), at, Optional.empty(),
                Optional.empty())));
    }

    /** The learner's gaps on their target job over a period. */
    public Views.JobView jobView(Actor actor, UserId learner, Views.Period period) {
        requireRead(actor, learner);
        JobId jobId = storage.jobAssignments().find(learner.value()).map(a -> JobId.of(a.jobId()))
                .orElseThrow(() -> new RuleRefusedException(CompetencyRules.NO_JOB, "job",
                        learner + " has no target job yet"));
        return compare(actor, learner, jobId, period);
    }

    /** "Chercher un autre métier": the same gaps against any job, without reassigning. */
    public Views.JobView compare(Actor actor, UserId learner, JobId jobId, Views.Period period) {
        requireRead(actor, learner);
        requireNonNull(period, "period");
        GapCalculator.JobContext context = context(job(jobId));
        Map<CompetencyCode, List<Positioning>> mine = byCompetency(positionings(Set.of(learner), period))
                .getOrDefault(learner, Map.of());
        return gaps.view(learner, context, period, mine, true);
    }

    /** A learner's positionings, newest first, with actor and source. */
    public Page<Positioning> history(Actor actor, UserId learner, PageRequest page) {
        requireRead(actor, learner);
        requireNonNull(page, "page");
        return storage.positionings().history(learner.value(), page).map(CompetencyRecords::positioning);
    }

    /**
     * The team view of a manager or supervisor: one row per collaborator. Reads the team's jobs,
     * the catalogue they need and the team's positionings in a fixed number of store calls,
     * whatever the team's size.
     */
    public List<Views.TeamRow> teamView(Actor actor, Optional<String> nameFilter, Views.TeamSort sort, boolean descending,
                                        Views.Period period) {
        requireActor(actor);
        if (!actor.has(Role.MANAGER) && !actor.has(Role.SUPERVISOR)) {
            throw new PermissionDeniedException("competency.team.read", "only managers and supervisors have a team view");
        }
        requireNonNull(sort, "sort");
        requireNonNull(period, "period");
        if (nameFilter == null) {
            nameFilter = Optional.empty();
        }
        nameFilter.ifPresent(f -> Texts.optionalLine("name", f, Texts.LINE));
        String filter = nameFilter.map(f -> f.trim().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).orElse(null);
        Map<UserId, String> names = new HashMap<>();
        for (UserId member : directory.teamOf(actor.id())) {
            String name = directory.displayName(member);
            if (filter == null || name.toLowerCase(Locale.ROOT).contains(filter)) {
                names.put(member, name);
            }
        }
        Map<String, JobAssignmentRecord> assignments = storage.jobAssignments()
                .findAll(names.keySet().stream().map(UserId::value).toList());
        Map<String, GapCalculator.JobContext> contexts = contexts(assignments.values().stream()
                .map(JobAssignmentRecord::jobId).collect(Collectors.toSet()));
        Set<UserId> withJob = names.keySet().stream().filter(u -> assignments.containsKey(u.value()))
                .collect(Collectors.toSet());
        Map<String, Views.Summary> summaries = summaries(withJob, period, assignments, contexts);
        List<Views.TeamRow> rows = new ArrayList<>(names.size());
        names.forEach((member, name) -> {
            JobAssignmentRecord assignment = assignments.get(member.value());
            if (assignment == null) {
                rows.add(new Views.TeamRow(member, name, Optional.empty(), Optional.empty(), new Views.Summary(0, 0, 0, 0)));
                return;
            }
            GapCalculator.JobContext context = contexts.get(assignment.jobId());
            rows.add(new Views.TeamRow(member, name, Optional.of(context.job().id()), Optional.of(context.job().title()),
                    summaries.getOrDefault(member.value(), gaps.summary(context, Map.of()))));
        });
        rows.sort(GapCalculator.order(sort, descending));
        return rows;
    }

    /**
     * For other capabilities: each learner's acquired rank (decided by the acquisition policy over all
     * positionings) and job-required rank on {@code codes}, in four store calls whatever the number of
     * learners. Administrators, tutors and trainers read anyone; others read themselves and the learners
     * they manage or supervise.
     */
    public LevelGrid levelGrid(Actor actor, Collection<UserId> learners, List<CompetencyCode> codes) {
        requireActor(actor);
        requireNonNull(learners, "learners");
        requireNonNull(codes, "codes");
        if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.TUTOR) && !actor.has(Role.TRAINER)) {
            for (UserId learner : learners) {
                if (!learner.equals(actor.id()) && !directory.managersOf(learner).contains(actor.id())
                        && !directory.supervisorsOf(learner).contains(actor.id())) {
                    throw new PermissionDeniedException("competency.levels.read",
                            "only the learner, their managers and supervisors, tutors, trainers and administrators"
                                    + " read " + learner + "'s levels");
                }
            }
        }
        return grid(learners, codes);
    }

    /** The port other capabilities read levels through, once they have checked their own access. */
    public AcquiredLevels acquiredLevels() {
        return new AcquiredLevels() {
            @Override
            public boolean exists(CompetencyCode code) {
                return storage.competencyCatalog().findCompetency(code.value()).isPresent();
            }

            @Override
            public LevelGrid grid(Collection<UserId> learners, List<CompetencyCode> codes) {
                return CompetencyService.this.grid(learners, codes);
            }
        };
    }

    private LevelGrid grid(Collection<UserId> learners, List<CompetencyCode> codes) {
        List<CompetencyCode> distinct = List.copyOf(new java.util.LinkedHashSet<>(codes));
        Map<CompetencyCode, Scale> byCode = distinct.isEmpty() ? Map.of() : scalesOf(distinct);
        List<Scale> scales = distinct.stream().map(byCode::get).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            index.put(distinct.get(i).value(), i);
        }
        Set<String> ids = learners.stream().map(UserId::value).collect(Collectors.toSet());
        Map<String, LevelGrid.Row> rows = new HashMap<>();
        if (ids.isEmpty() || distinct.isEmpty()) {
            return new LevelGrid(distinct, scales, rows);
        }
        Map<String, JobAssignmentRecord> assignments = storage.jobAssignments().findAll(List.copyOf(ids));
        Map<String, GapCalculator.JobContext> contexts = contexts(assignments.values().stream()
                .map(JobAssignmentRecord::jobId).collect(Collectors.toSet()));
        Map<String, int[]> requiredByJob = new HashMap<>();
        contexts.forEach((jobId, context) -> {
            int[] required = new int[distinct.size()];
            for (GapCalculator.Line line : context.lines()) {
                Integer i = index.get(line.codeValue());
                if (i != null) {
                    required[i] = line.required().code().map(line.scale()::rankOf).orElse(0);
                }
            }
            requiredByJob.put(jobId, required);
        });
        int[] noJob = new int[distinct.size()];
        for (String learner : ids) {
            JobAssignmentRecord assignment = assignments.get(learner);
            rows.put(learner, new LevelGrid.Row(new int[distinct.size()],
                    assignment == null ? noJob : requiredByJob.get(assignment.jobId())));
        }
        List<PositioningRecord> records = storage.positionings().find(new PositioningQuery(ids, Optional.empty(),
                Optional.empty()));
        Policies.RecordDecider decider = gaps.recordDecider();
        if (decider != null) {
            decideByRecord(records, decider, index, scales, rows);
        } else {
            decideByPolicy(records, index, scales, rows);
        }
        return new LevelGrid(distinct, scales, rows);
    }

    private static void decideByRecord(List<PositioningRecord> records, Policies.RecordDecider decider,
                                       Map<String, Integer> index, List<Scale> scales, Map<String, LevelGrid.Row> rows) {
        String learner = null;
        PositioningRecord[] deciding = new PositioningRecord[scales.size()];
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(learner)) {
                settle(learner, deciding, scales, rows);
                learner = record.learnerId();
                java.util.Arrays.fill(deciding, null);
            }
            Integer i = index.get(record.competencyCode());
            if (i != null && decider.counts(record)
                    && (deciding[i] == null || decider.compare(scales.get(i), record, deciding[i]) > 0)) {
                deciding[i] = record;
            }
        }
        settle(learner, deciding, scales, rows);
    }

    private static void settle(String learner, PositioningRecord[] deciding, List<Scale> scales,
                               Map<String, LevelGrid.Row> rows) {
        if (learner == null) {
            return;
        }
        LevelGrid.Row row = rows.get(learner);
        for (int i = 0; i < deciding.length; i++) {
            if (deciding[i] != null && deciding[i].levelCode().isPresent()) {
                row.setAcquired(i, scales.get(i).rankOf(deciding[i].levelCode().get()));
            }
        }
    }

    /** A host's own policy: each learner's records per competency, converted and decided. */
    private void decideByPolicy(List<PositioningRecord> records, Map<String, Integer> index, List<Scale> scales,
                                Map<String, LevelGrid.Row> rows) {
        Converter converter = new Converter(Set.of());
        Map<String, Map<Integer, List<Positioning>>> grouped = new HashMap<>();
        for (PositioningRecord record : records) {
            Integer i = index.get(record.competencyCode());
            if (i != null) {
                grouped.computeIfAbsent(record.learnerId(), k -> new HashMap<>())
                        .computeIfAbsent(i, k -> new ArrayList<>()).add(converter.convert(record));
            }
        }
        grouped.forEach((learner, byCode) -> byCode.forEach((i, positionings) ->
                gaps.policy().decide(positionings, scales.get(i)).deciding()
                        .flatMap(p -> p.level().code())
                        .ifPresent(code -> rows.get(learner).setAcquired(i, scales.get(i).rankOf(code)))));
    }

    // ---- helpers

    /** The scale of each competency, with one call for the competencies and one for their scales. */
    Map<CompetencyCode, Scale> scalesOf(Collection<CompetencyCode> codes) {
        List<Competency> found = storage.competencyCatalog()
                .findCompetencies(codes.stream().map(CompetencyCode::value).toList()).stream()
                .map(CompetencyRecords::competency).toList();
        Map<ScaleId, Scale> scales = new HashMap<>();
        storage.competencyCatalog().findScales(found.stream().map(c -> c.scale().value()).collect(Collectors.toSet()))
                .forEach(r -> scales.put(ScaleId.of(r.scaleId()), CompetencyRecords.scale(r)));
        scales.putIfAbsent(Scale.DEFAULT_ID, Scale.ofDefaults());
        Map<CompetencyCode, Scale> byCode = new HashMap<>();
        found.forEach(c -> byCode.put(c.code(), scales.get(c.scale())));
        for (CompetencyCode code : codes) {
            if (byCode.get(code) == null) {
                throw new NotFoundException("competency", code.value());
            }
        }
        return byCode;
    }

    /**
     * One positioning query for the whole team; the records come grouped by learner, so each
     * learner's run is converted, summarized and dropped before the next (short-lived garbage only).
     */
    private Map<String, Views.Summary> summaries(Set<UserId> learners, Views.Period period,
                                                 Map<String, JobAssignmentRecord> assignments,
                                                 Map<String, GapCalculator.JobContext> contexts) {
        if (learners.isEmpty()) {
            return Map.of();
        }
        List<PositioningRecord> records = storage.positionings().find(new PositioningQuery(
                learners.stream().map(UserId::value).collect(Collectors.toSet()), period.from(), period.to()));
        Converter converter = new Converter(Set.of());
        Map<String, Views.Summary> summaries = new HashMap<>();
        Policies.RecordDecider decider = gaps.recordDecider();
        if (decider != null) {
            return summariesRecordByRecord(records, decider, assignments, contexts);
        }
        // a host's own policy: group each learner's records by competency, convert, decide
        Map<String, List<PositioningRecord>> buffers = new HashMap<>();
        String learner = null;
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(learner)) {
                if (learner != null) {
                    summaries.put(learner, summarize(learner, buffers, assignments, contexts, converter));
                }
                learner = record.learnerId();
                buffers.values().forEach(List::clear);
            }
            buffers.computeIfAbsent(record.competencyCode(), k -> new ArrayList<>(8)).add(record);
        }
        if (learner != null) {
            summaries.put(learner, summarize(learner, buffers, assignments, contexts, converter));
        }
        return summaries;
    }

    /** A shipped policy: one pass, keeping the deciding record of each line of the learner's job. */
    private static Map<String, Views.Summary> summariesRecordByRecord(List<PositioningRecord> records,
                                                                    Policies.RecordDecider decider,
                                                                    Map<String, JobAssignmentRecord> assignments,
                                                                    Map<String, GapCalculator.JobContext> contexts) {
        Map<String, Views.Summary> summaries = new HashMap<>();
        String learner = null;
        GapCalculator.JobContext context = null;
        PositioningRecord[] deciding = new PositioningRecord[0];
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(learner)) {
                if (learner != null) {
                    summaries.put(learner, GapCalculator.summaryOf(context, deciding));
                }
                learner = record.learnerId();
                context = contexts.get(assignments.get(learner).jobId());
                deciding = new PositioningRecord[context.lines().size()];
            }
            Integer line = context.lineIndex().get(record.competencyCode());
            if (line != null && decider.counts(record)) {
                PositioningRecord best = deciding[line];
                if (best == null || decider.compare(context.lines().get(line).scale(), record, best) > 0) {
                    deciding[line] = record;
                }
            }
        }
        if (learner != null) {
            summaries.put(learner, GapCalculator.summaryOf(context, deciding));
        }
        return summaries;
    }

    private Views.Summary summarize(String learner, Map<String, List<PositioningRecord>> buffers,
                                    Map<String, JobAssignmentRecord> assignments,
                                    Map<String, GapCalculator.JobContext> contexts, Converter converter) {
        return gaps.summary(contexts.get(assignments.get(learner).jobId()),
                code -> buffers.getOrDefault(code.value(), List.<PositioningRecord>of()).stream()
                        .map(converter::convert).toList());
    }

    /** Builds each repeated id and level once per call. */
    private static final class Converter {
        private final Map<String, UserId> users = new HashMap<>();
        private final Map<String, CompetencyCode> codes = new HashMap<>();
        private final Map<String, LevelValue> levels = new HashMap<>();

        Converter(Set<UserId> learners) {
            learners.forEach(u -> users.put(u.value(), u));
        }

        private UserId lastLearner;
        private UserId lastActor;

        private static Source source(String name) {
            // a switch on the stored name: faster than Enum.valueOf on a team's half million records
            return switch (name) {
                case "MANAGER" -> Source.MANAGER;
                case "SELF" -> Source.SELF;
                case "EVALUATION" -> Source.EVALUATION;
                case "OBSERVATION" -> Source.OBSERVATION;
                case "SUPERVISOR" -> Source.SUPERVISOR;
                default -> Source.valueOf(name);
            };
        }

        Positioning convert(PositioningRecord r) {
            return convert(codes.computeIfAbsent(r.competencyCode(), CompetencyCode::of), r);
        }

        private Positioning convert(CompetencyCode code, PositioningRecord r) {
            LevelValue level = r.levelCode().isPresent()
                    ? levels.computeIfAbsent(r.levelCode().get(), LevelValue::of) : LevelValue.notApplicable();
            if (lastLearner == null || !lastLearner.value().equals(r.learnerId())) {
                lastLearner = users.computeIfAbsent(r.learnerId(), UserId::of);
            }
            if (lastActor == null || !lastActor.value().equals(r.actorId())) {
                lastActor = users.computeIfAbsent(r.actorId(), UserId::of);
            }
            return new Positioning(r.id(), lastLearner, code, level, source(r.source()), lastActor, r.at(),
                    r.score(), r.comment());
        }
    }

    GapCalculator.JobContext context(Job job) {
        return contexts(List.of(job)).values().iterator().next();
    }

    private Map<String, GapCalculator.JobContext> contexts(Collection<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        return contexts(storage.competencyCatalog().findJobs(jobIds).stream().map(CompetencyRecords::job).toList());
    }

    /** Loads what the jobs need with one call per kind of record. */
    private Map<String, GapCalculator.JobContext> contexts(List<Job> jobs) {
        Set<String> profileIds = jobs.stream().flatMap(j -> j.profiles().stream()).map(ProfileId::value)
                .collect(Collectors.toSet());
        Map<ProfileId, Profile> profiles = storage.competencyCatalog().findProfiles(profileIds).stream()
                .map(CompetencyRecords::profile).collect(Collectors.toMap(Profile::id, Function.identity()));
        Set<String> codes = profiles.values().stream().flatMap(p -> p.competencies().stream())
                .map(CompetencyCode::value).collect(Collectors.toSet());
        Map<CompetencyCode, Competency> competencies = storage.competencyCatalog().findCompetencies(codes).stream()
                .map(CompetencyRecords::competency).collect(Collectors.toMap(Competency::code, Function.identity()));
        Set<String> scaleIds = competencies.values().stream().map(c -> c.scale().value()).collect(Collectors.toSet());
        Map<ScaleId, Scale> scales = new HashMap<>();
        storage.competencyCatalog().findScales(scaleIds).forEach(r -> scales.put(ScaleId.of(r.scaleId()),
                CompetencyRecords.scale(r)));
        scales.putIfAbsent(Scale.DEFAULT_ID, Scale.ofDefaults());
        Map<String, GapCalculator.JobContext> byJob = new HashMap<>();
        for (Job job : jobs) {
            List<Profile> jobProfiles = new ArrayList<>();
            for (ProfileId id : job.profiles()) {
                Profile profile = profiles.get(id);
                if (profile == null) {
                    throw InvalidInputException.of("profiles", "profile '" + id + "' does not exist");
                }
                jobProfiles.add(profile);
                for (CompetencyCode code : profile.competencies()) {
                    Competency competency = competencies.get(code);
                    if (competency == null || !scales.containsKey(competency.scale())) {
                        throw new NotFoundException("competency", code.value());
                    }
                }
            }
            byJob.put(job.id().value(), new GapCalculator.JobContext(job, jobProfiles, competencies, scales));
        }
        return byJob;
    }

    private List<Competency> competencies(List<CompetencyCode> codes) {
        List<Competency> found = storage.competencyCatalog()
                .findCompetencies(codes.stream().map(CompetencyCode::value).toList()).stream()
                .map(CompetencyRecords::competency).toList();
        Set<CompetencyCode> known = found.stream().map(Competency::code).collect(Collectors.toSet());
        codes.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw InvalidInputException.of("competencies", "competency '" + c + "' does not exist");
        });
        return found;
    }

    private List<Positioning> positionings(Set<UserId> learners, Views.Period period) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<PositioningRecord> records = storage.positionings().find(new PositioningQuery(
                learners.stream().map(UserId::value).collect(Collectors.toSet()), period.from(), period.to()));
        Converter converter = new Converter(learners);
        List<Positioning> positionings = new ArrayList<>(records.size());
        for (PositioningRecord r : records) {
            positionings.add(converter.convert(r));
        }
        return positionings;
    }

    private static Map<UserId, Map<CompetencyCode, List<Positioning>>> byCompetency(List<Positioning> positionings) {
        Map<UserId, Map<CompetencyCode, List<Positioning>>> grouped = new HashMap<>();
        for (Positioning p : positionings) {
            grouped.computeIfAbsent(p.learner(), k -> new HashMap<>())
                    .computeIfAbsent(p.competency(), k -> new ArrayList<>()).add(p);
        }
        return grouped;
    }

    private void authorizePosition(Actor actor, UserId learner, Source source) {
        boolean allowed = switch (source) {
            case SELF -> actor.id().equals(learner) && directory.selfPositioningAllowed(learner);
            case OBSERVATION -> directory.coachesOf(learner).contains(actor.id());
            case MANAGER -> directory.managersOf(learner).contains(actor.id());
            case SUPERVISOR -> directory.supervisorsOf(learner).contains(actor.id());
            case EVALUATION -> actor.has(Role.ADMINISTRATOR);
            case REVIEW -> false;
        };
        if (!allowed) {
            throw new PermissionDeniedException(CompetencyRules.POSITION, switch (source) {
                case SELF -> "a learner positions themself only if their manager allowed it";
                case OBSERVATION -> "only a tutor or trainer of the learner observes them";
                case MANAGER -> "only a manager of the learner positions them as manager";
                case SUPERVISOR -> "only a supervisor of the learner's organisation positions them as supervisor";
                case EVALUATION -> "evaluation results are recorded by the platform (an administrator)";
                case REVIEW -> "review positionings come from finalized interim reviews";
            });
        }
    }

    void requireRead(Actor actor, UserId learner) {
        requireActor(actor);
        requireNonNull(learner, "learner");
        if (actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR)
                || directory.managersOf(learner).contains(actor.id())
                || directory.supervisorsOf(learner).contains(actor.id())
                || directory.coachesOf(learner).contains(actor.id())) {
            return;
        }
        throw new PermissionDeniedException("competency.read",
                "only the learner, their managers, supervisors, tutors, trainers and administrators see this");
    }

    private static void requireAdmin(Actor actor) {
        requireActor(actor);
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("competency.catalogue.change", "only an administrator changes the catalogue");
        }
    }

    static void requireActor(Actor actor) {
        if (actor == null) {
            throw InvalidInputException.of("actor", "is required");
        }
    }

    static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        return StoreCalls.inTransaction(storage.transactions(), work);
    }
}
