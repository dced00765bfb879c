package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;

/** Gaps against a job (seed 000, "Les emplois"): a learner's job view, the comparison with another job, a team's view. */
public final class GapViews {
    private final CompetencyContext ctx;
    private final GapCalculator gaps;

    GapViews(CompetencyContext ctx) {
        this(ctx, ctx.gaps);
    }

    private GapViews(CompetencyContext ctx, GapCalculator gaps) {
        this.ctx = ctx;
        this.gaps = gaps;
    }

    /**
     * The same views with another acquisition policy, for one question ("what if only the highest level
     * counted?"); the library's configured policy stays the default everywhere else.
     */
    public GapViews deciding(AcquisitionPolicy policy) {
        Operations.required("policy", policy);
        return new GapViews(ctx, new GapCalculator(policy, ctx.trainings));
    }

    /** The learner's gaps on their target job over a period. */
    public CompetencyViews.JobView jobView(Actor actor, UserId learner, CompetencyViews.Period period) {
        return ctx.ops.read(() -> {
            ctx.read(actor, learner);
            JobId jobId = ctx.storage.jobAssignments().find(learner.value()).map(a -> JobId.of(a.jobId()))
                    .orElseThrow(() -> new RuleRefusedException(CompetencyRefusals.NO_JOB, "job",
                            learner + " has no target job yet"));
            return compare(actor, learner, jobId, period);
        });
    }

    /** "Chercher un autre métier": the same gaps against any job, without reassigning. */
    public CompetencyViews.JobView compare(Actor actor, UserId learner, JobId jobId, CompetencyViews.Period period) {
        return ctx.ops.read(() -> {
            ctx.read(actor, learner);
            Operations.required("period", period);
            GapCalculator.JobContext context = ctx.context(ctx.job(jobId));
            Map<CompetencyCode, List<Positioning>> mine = ctx.byCompetency(ctx.positionings(Set.of(learner), period))
                    .getOrDefault(learner, Map.of());
            return gaps.view(learner, context, period, mine, true);
        });
    }

    /**
     * The team view of a manager or supervisor: one row per collaborator. Reads the team's jobs,
     * the catalogue they need and the team's positionings in a fixed number of store calls,
     * whatever the team's size.
     */
    public List<CompetencyViews.TeamRow> teamView(Actor actor, Optional<String> nameFilter, CompetencyViews.TeamSort sort, boolean descending,
                                        CompetencyViews.Period period) {
        return ctx.ops.read(() -> teamViewNow(actor, nameFilter, sort, descending, period));
    }

    private List<CompetencyViews.TeamRow> teamViewNow(Actor actor, Optional<String> nameFilter,
                                                      CompetencyViews.TeamSort sort, boolean descending,
                                                      CompetencyViews.Period period) {
        ctx.ops.permit(actor, ctx.access::teamView);
        Operations.required("sort", sort);
        Operations.required("period", period);
        if (nameFilter == null) {
            nameFilter = Optional.empty();
        }
        nameFilter.ifPresent(f -> Texts.optionalLine("name", f, Texts.LINE));
        String filter = nameFilter.map(f -> f.trim().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).orElse(null);
        // the directory's set holds each member once: plain lists, no map to fill
        List<UserId> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (UserId member : ctx.directory.teamOf(actor.id())) {
            String name = ctx.directory.displayName(member);
            if (filter == null || name.toLowerCase(Locale.ROOT).contains(filter)) {
                members.add(member);
                names.add(name);
                ids.add(member.value());
            }
        }
        Map<String, JobAssignmentRecord> assignments = ctx.storage.jobAssignments().findAll(ids);
        Map<String, GapCalculator.JobContext> contexts = ctx.contexts(assignments.values().stream()
                .map(JobAssignmentRecord::jobId).collect(Collectors.toSet()));
        // each member with a job by row: the positionings' runs find their row with one lookup
        GapCalculator.JobContext[] contextOf = new GapCalculator.JobContext[members.size()];
        Map<String, Integer> rowOf = new HashMap<>(assignments.size() * 4 / 3 + 1);
        for (int i = 0; i < members.size(); i++) {
            JobAssignmentRecord assignment = assignments.get(ids.get(i));
            if (assignment != null) {
                contextOf[i] = contexts.get(assignment.jobId());
                rowOf.put(ids.get(i), i);
            }
        }
        CompetencyViews.Summary[] summaryOf = new CompetencyViews.Summary[members.size()];
        summaries(rowOf, period, contextOf, summaryOf);
        List<CompetencyViews.TeamRow> rows = new ArrayList<>(members.size());
        Map<String, CompetencyViews.Summary> unpositioned = new HashMap<>();
        // one job id and title per job, not two more objects per row
        Map<GapCalculator.JobContext, Optional<JobId>> jobIds = new java.util.IdentityHashMap<>();
        Map<GapCalculator.JobContext, Optional<String>> jobTitles = new java.util.IdentityHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            UserId member = members.get(i);
            GapCalculator.JobContext context = contextOf[i];
            if (context == null) {
                rows.add(new CompetencyViews.TeamRow(member, names.get(i), Optional.empty(), Optional.empty(),
                        new CompetencyViews.Summary(0, 0, 0, 0)));
                continue;
            }
            CompetencyViews.Summary summary = summaryOf[i];
            if (summary == null) {
                // no positioning in the period: the job's summary with nothing decided, the same for everyone on it
                summary = unpositioned.computeIfAbsent(context.job().id().value(), job -> gaps.summary(context, Map.of()));
            }
            rows.add(new CompetencyViews.TeamRow(member, names.get(i),
                    jobIds.computeIfAbsent(context, c -> Optional.of(c.job().id())),
                    jobTitles.computeIfAbsent(context, c -> Optional.of(c.job().title())), summary));
        }
        TeamOrder.sort(rows, sort, descending);
        return rows;
    }

    /**
     * One positioning query for the members of {@code rowOf}; the records come grouped by learner, so each
     * learner's run is decided and summarized into its row before the next (short-lived garbage only).
     */
    private void summaries(Map<String, Integer> rowOf, CompetencyViews.Period period,
                           GapCalculator.JobContext[] contextOf, CompetencyViews.Summary[] summaryOf) {
        if (rowOf.isEmpty()) {
            return;
        }
        // an immutable set: the query keeps it as it is instead of copying ten thousand ids once more
        PositioningQuery query = new PositioningQuery(Set.copyOf(rowOf.keySet()), period.from(), period.to());
        Policies.RecordDecider decider = gaps.recordDecider();
        if (decider instanceof Policies.Latest latest) {
            // the newest counted positioning wins: the store hands over only those (ties included), not the history
            summariesRecordByRecord(ctx.storage.positionings().latest(query, latest.countedSources()), decider,
                    rowOf, contextOf, summaryOf);
            return;
        }
        List<PositioningRecord> records = ctx.storage.positionings().find(query);
        if (decider != null) {
            summariesRecordByRecord(records, decider, rowOf, contextOf, summaryOf);
            return;
        }
        PositioningConverter converter = new PositioningConverter(Set.of());
        // a host's own policy: group each learner's records by competency, convert, decide
        Map<String, List<PositioningRecord>> buffers = new HashMap<>();
        String learner = null;
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(learner)) {
                if (learner != null) {
                    summarize(rowOf.get(learner), buffers, contextOf, summaryOf, converter);
                }
                learner = record.learnerId();
                buffers.values().forEach(List::clear);
            }
            buffers.computeIfAbsent(record.competencyCode(), k -> new ArrayList<>(8)).add(record);
        }
        if (learner != null) {
            summarize(rowOf.get(learner), buffers, contextOf, summaryOf, converter);
        }
    }

    /**
     * A shipped policy: one pass, keeping the deciding record of each line of the learner's job. The rule's own
     * test of the source stays even after a store's {@code latest}: a host's store that let another source through
     * must not make a self-positioning count.
     */
    private static void summariesRecordByRecord(List<PositioningRecord> records, Policies.RecordDecider decider,
                                                Map<String, Integer> rowOf, GapCalculator.JobContext[] contextOf,
                                                CompetencyViews.Summary[] summaryOf) {
        String learner = null;
        int row = -1;
        GapCalculator.JobContext context = null;
        PositioningRecord[] deciding = new PositioningRecord[0];
        // each learner's records usually come in the same order of competencies, with the same code instances (the
        // shipped adapters share them): the line found for the n-th record of the previous learner, by identity,
        // before asking the job's index; likewise whether the last source seen counts
        String[] codeAt = new String[16];
        int[] lineAt = new int[16];
        int position = 0;
        String lastSource = null;
        boolean lastCounts = false;
        for (PositioningRecord record : records) {
            if (!record.learnerId().equals(learner)) {
                if (learner != null) {
                    summaryOf[row] = GapCalculator.summaryOf(context, deciding);
                }
                learner = record.learnerId();
                GapCalculator.JobContext previous = context;
                row = rowOf.get(learner);
                context = contextOf[row];
                if (context != previous) {
                    java.util.Arrays.fill(codeAt, null);
                    deciding = new PositioningRecord[context.lines().size()];
                } else {
                    java.util.Arrays.fill(deciding, null); // summaryOf keeps nothing of it
                }
                position = 0;
            }
            String code = record.competencyCode();
            int line;
            if (position < codeAt.length && codeAt[position] == code) {
                line = lineAt[position];
            } else {
                Integer found = context.lineIndex().get(code);
                line = found == null ? -1 : found;
                if (position < codeAt.length) {
                    codeAt[position] = code;
                    lineAt[position] = line;
                }
            }
            position++;
            if (record.source() != lastSource) {
                lastSource = record.source();
                lastCounts = decider.countsSource(lastSource);
            }
            if (line >= 0 && lastCounts) {
                PositioningRecord best = deciding[line];
                if (best == null || decider.compare(context.lines().get(line).scale(), record, best) > 0) {
                    deciding[line] = record;
                }
            }
        }
        if (learner != null) {
            summaryOf[row] = GapCalculator.summaryOf(context, deciding);
        }
    }

    private void summarize(int row, Map<String, List<PositioningRecord>> buffers,
                           GapCalculator.JobContext[] contextOf, CompetencyViews.Summary[] summaryOf,
                           PositioningConverter converter) {
        summaryOf[row] = gaps.summary(contextOf[row],
                code -> buffers.getOrDefault(code.value(), List.<PositioningRecord>of()).stream()
                        .map(converter::convert).toList());
    }

}
