package org.lmskit.core.competency;

import org.lmskit.spi.competency.CompetencyRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * The {@link AcquiredLevels} port: each learner's acquired rank (decided by the acquisition policy over all
 * positionings) and job-required rank on a list of competencies, in four store calls whatever the number of
 * learners.
 */
final class LevelGridReader implements AcquiredLevels {
    private final CompetencyContext ctx;

    LevelGridReader(CompetencyContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<CompetencyCode> unknown(Collection<CompetencyCode> codes) {
        Operations.required("codes", codes);
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = ctx.storage.competencyCatalog().findCompetencies(
                        codes.stream().map(CompetencyCode::value).distinct().toList()).stream()
                .map(CompetencyRecord::code).collect(Collectors.toSet());
        Set<CompetencyCode> unknown = new LinkedHashSet<>();
        codes.stream().filter(c -> !known.contains(c.value())).forEach(unknown::add);
        return unknown;
    }

    @Override
    public LevelGrid grid(Collection<UserId> learners, List<CompetencyCode> codes) {
        List<CompetencyCode> distinct = List.copyOf(new java.util.LinkedHashSet<>(codes));
        Map<CompetencyCode, Scale> byCode = distinct.isEmpty() ? Map.of() : ctx.scalesOf(distinct);
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
        Map<String, JobAssignmentRecord> assignments = ctx.storage.jobAssignments().findAll(List.copyOf(ids));
        Map<String, GapCalculator.JobContext> contexts = ctx.contexts(assignments.values().stream()
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
        List<PositioningRecord> records = ctx.storage.positionings().find(new PositioningQuery(ids, Optional.empty(),
                Optional.empty()));
        Policies.RecordDecider decider = ctx.gaps.recordDecider();
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
        PositioningConverter converter = new PositioningConverter(Set.of());
        Map<String, Map<Integer, List<Positioning>>> grouped = new HashMap<>();
        for (PositioningRecord record : records) {
            Integer i = index.get(record.competencyCode());
            if (i != null) {
                grouped.computeIfAbsent(record.learnerId(), k -> new HashMap<>())
                        .computeIfAbsent(i, k -> new ArrayList<>()).add(converter.convert(record));
            }
        }
        grouped.forEach((learner, byCode) -> byCode.forEach((i, positionings) ->
                ctx.gaps.policy().decide(positionings, scales.get(i)).deciding()
                        .flatMap(p -> p.level().code())
                        .ifPresent(code -> rows.get(learner).setAcquired(i, scales.get(i).rankOf(code)))));
    }

}
