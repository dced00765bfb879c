package org.lmskit.core.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.competency.CompetencyViews.CompetencyGap;
import org.lmskit.core.competency.CompetencyViews.GapStatus;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.UserId;

/** Computes a learner's gaps on a job from positionings already read; pure, so a team needs no store call per person. */
final class GapCalculator {
    private final AcquisitionPolicy policy;
    private final TrainingCatalog trainings;

    GapCalculator(AcquisitionPolicy policy, TrainingCatalog trainings) {
        this.policy = policy;
        this.trainings = trainings;
    }

    /** Everything a job view needs besides the learner's positionings. */
    record JobContext(Job job, List<Profile> profiles, Map<CompetencyCode, Competency> competencies,
                      Map<ScaleId, Scale> scales, List<Line> lines, Map<String, Integer> lineIndex) {
        JobContext(Job job, List<Profile> profiles, Map<CompetencyCode, Competency> competencies,
                   Map<ScaleId, Scale> scales) {
            this(job, profiles, competencies, scales, lines(job, profiles, competencies, scales));
        }

        private JobContext(Job job, List<Profile> profiles, Map<CompetencyCode, Competency> competencies,
                           Map<ScaleId, Scale> scales, List<Line> lines) {
            this(job, profiles, competencies, scales, lines, index(lines));
        }

        private static Map<String, Integer> index(List<Line> lines) {
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                index.putIfAbsent(lines.get(i).codeValue(), i);
            }
            return Map.copyOf(index);
        }

        private static List<Line> lines(Job job, List<Profile> profiles, Map<CompetencyCode, Competency> competencies,
                                        Map<ScaleId, Scale> scales) {
            List<Line> lines = new ArrayList<>();
            Map<CompetencyCode, Integer> first = new java.util.HashMap<>();
            for (Profile profile : profiles) {
                for (CompetencyCode code : profile.competencies()) {
                    Competency competency = competencies.get(code);
                    Scale scale = competency == null ? null : scales.get(competency.scale());
                    LevelValue required = job.requirements().getOrDefault(code, LevelValue.notApplicable());
                    int need = required.isNotApplicable() ? -1 : scale == null ? 0 : scale.rankOf(required.code().get());
                    List<String> acquiring = new ArrayList<>();
                    for (int rank = Math.max(need, 1); need > 0 && rank <= scale.top(); rank++) {
                        acquiring.add(scale.levels().get(rank - 1).code());
                    }
                    lines.add(new Line(code, code.value(), scale, required, need,
                            first.computeIfAbsent(code, c -> lines.size()), acquiring.toArray(String[]::new)));
                }
            }
            return List.copyOf(lines);
        }
    }

    /**
     * One competency of a job, resolved once per view: what a summary needs without a map lookup per learner. A
     * competency the job lists in two profiles has a line in each, both decided by the records of the first
     * ({@code decidedBy}); {@code need} is the required level's rank (-1 when the job marks it "not applicable", 0
     * when it is not on the scale) and {@code acquiring} holds the level codes that meet it.
     */
    record Line(CompetencyCode code, String codeValue, Scale scale, LevelValue required, int need, int decidedBy,
                String[] acquiring) {
        boolean acquiredWith(String levelCode) {
            for (String code : acquiring) {
                if (code.equals(levelCode)) {
                    return true;
                }
            }
            return false;
        }
    }

    CompetencyViews.JobView view(UserId learner, JobContext context, CompetencyViews.Period period,
                       Map<CompetencyCode, List<Positioning>> positionings, boolean withTrainings) {
        List<CompetencyViews.ProfileView> profiles = new ArrayList<>();
        List<CompetencyGap> all = new ArrayList<>();
        for (Profile profile : context.profiles()) {
            List<CompetencyGap> gaps = new ArrayList<>();
            for (CompetencyCode code : profile.competencies()) {
                gaps.add(gap(context, code, positionings.getOrDefault(code, List.of()), withTrainings));
            }
            all.addAll(gaps);
            profiles.add(new CompetencyViews.ProfileView(profile.id(), profile.name(), gaps, CompetencyViews.Summary.of(gaps),
                    radar(context, gaps)));
        }
        return new CompetencyViews.JobView(learner, context.job().id(), context.job().title(), period, profiles,
                CompetencyViews.Summary.of(all));
    }

    /** The summary alone, for team views: statuses only, no explanation, trainings or radar. */
    CompetencyViews.Summary summary(JobContext context, Map<CompetencyCode, List<Positioning>> positionings) {
        return summary(context, code -> positionings.getOrDefault(code, List.of()));
    }

    CompetencyViews.Summary summary(JobContext context, java.util.function.Function<CompetencyCode, List<Positioning>> positionings) {
        int acquired = 0;
        int applicable = 0;
        int notEvaluated = 0;
        for (Profile profile : context.profiles()) {
            for (CompetencyCode code : profile.competencies()) {
                Competency competency = context.competencies().get(code);
                Scale scale = context.scales().get(competency.scale());
                LevelValue required = context.job().requirements().getOrDefault(code, LevelValue.notApplicable());
                Optional<Positioning> deciding = policy.decide(positionings.apply(code), scale).deciding();
                GapStatus status = status(scale, required,
                        deciding.isPresent() ? Optional.of(deciding.get().level()) : Optional.empty());
                if (status != GapStatus.NOT_APPLICABLE) {
                    applicable++;
                }
                if (status == GapStatus.ACQUIRED) {
                    acquired++;
                } else if (status == GapStatus.NOT_EVALUATED) {
                    notEvaluated++;
                }
            }
        }
        return CompetencyViews.Summary.of(acquired, applicable, notEvaluated);
    }

    /** Whether summaries can be computed one record at a time (a shipped policy). */
    AcquisitionPolicy policy() {
        return policy;
    }

    Policies.RecordDecider recordDecider() {
        return policy instanceof Policies.RecordDecider decider ? decider : null;
    }

    /** A summary from the deciding record of each line of the job (null: nothing counted). */
    static CompetencyViews.Summary summaryOf(JobContext context, org.lmskit.spi.competency.PositioningRecord[] deciding) {
        int acquired = 0;
        int applicable = 0;
        int notEvaluated = 0;
        List<Line> lines = context.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            GapStatus status = statusOf(line, deciding[line.decidedBy()]);
            if (status != GapStatus.NOT_APPLICABLE) {
                applicable++;
            }
            if (status == GapStatus.ACQUIRED) {
                acquired++;
            } else if (status == GapStatus.NOT_EVALUATED) {
                notEvaluated++;
            }
        }
        return summary(acquired, applicable, notEvaluated);
    }

    /** Summaries of small jobs (up to 31 lines), one instance each: a team of ten thousand shares a few dozen. */
    private static final CompetencyViews.Summary[] SUMMARIES = new CompetencyViews.Summary[32 * 32 * 32];

    private static CompetencyViews.Summary summary(int acquired, int applicable, int notEvaluated) {
        if (applicable >= 32) {
            return CompetencyViews.Summary.of(acquired, applicable, notEvaluated);
        }
        int key = (applicable * 32 + acquired) * 32 + notEvaluated;
        CompetencyViews.Summary known = SUMMARIES[key];
        if (known == null) {
            known = CompetencyViews.Summary.of(acquired, applicable, notEvaluated);
            SUMMARIES[key] = known; // a racing thread may store an equal one: either is right
        }
        return known;
    }

    /** {@link #status} on a stored record's level code, without building a level value. */
    private static GapStatus statusOf(Line line, org.lmskit.spi.competency.PositioningRecord deciding) {
        if (line.need() < 0 || deciding != null && deciding.levelCode().isEmpty()) {
            return GapStatus.NOT_APPLICABLE;
        }
        if (deciding == null) {
            return GapStatus.NOT_EVALUATED;
        }
        return line.acquiredWith(deciding.levelCode().get()) ? GapStatus.ACQUIRED : GapStatus.GAP;
    }

    private static GapStatus status(Scale scale, LevelValue required, Optional<LevelValue> acquired) {
        if (required.isNotApplicable() || acquired.filter(LevelValue::isNotApplicable).isPresent()) {
            return GapStatus.NOT_APPLICABLE;
        }
        if (acquired.isEmpty()) {
            return GapStatus.NOT_EVALUATED;
        }
        int have = scale.rankOf(acquired.get().code().get());
        int need = scale.rankOf(required.code().get());
        return need > 0 && have >= need ? GapStatus.ACQUIRED : GapStatus.GAP;
    }

    private CompetencyGap gap(JobContext context, CompetencyCode code, List<Positioning> positionings,
                              boolean withTrainings) {
        Competency competency = context.competencies().get(code);
        Scale scale = context.scales().get(competency.scale());
        LevelValue required = context.job().requirements().getOrDefault(code, LevelValue.notApplicable());
        AcquisitionPolicy.Acquisition acquisition = policy.decide(positionings, scale);
        Optional<LevelValue> acquired = acquisition.deciding().map(Positioning::level);
        Optional<LevelValue> self = positionings.stream().filter(p -> p.source() == Source.SELF)
                .max(AcquisitionPolicy.chronological(scale)).map(Positioning::level);
        GapStatus status = status(scale, required, acquired);
        // seed 000: "Lorsqu'une compétence n'est pas encore acquise" (a gap, or never evaluated), "Voir les formations liées"
        boolean notYetAcquired = status == GapStatus.GAP || status == GapStatus.NOT_EVALUATED;
        List<CompetencyViews.Training> linked = withTrainings && notYetAcquired ? trainings.trainingsFor(code) : List.of();
        return new CompetencyGap(code, competency.title(), required, acquired, self, status, acquisition.deciding(),
                acquisition.explanation(), linked);
    }

    private static CompetencyViews.Radar radar(JobContext context, List<CompetencyGap> gaps) {
        List<String> axes = new ArrayList<>();
        List<Integer> required = new ArrayList<>();
        List<Integer> acquired = new ArrayList<>();
        int max = 0;
        for (CompetencyGap gap : gaps) {
            if (gap.status() == GapStatus.NOT_APPLICABLE) {
                continue;
            }
            Scale scale = context.scales().get(context.competencies().get(gap.code()).scale());
            axes.add(gap.title());
            required.add(scale.rank(gap.required().code().get()).orElse(0));
            acquired.add(gap.acquired().flatMap(LevelValue::code).flatMap(scale::rank).orElse(0));
            max = Math.max(max, scale.top());
        }
        return new CompetencyViews.Radar(axes, required, acquired, 0, max);
    }

    static Comparator<CompetencyViews.TeamRow> order(CompetencyViews.TeamSort sort, boolean descending) {
        Comparator<CompetencyViews.TeamRow> byName = Comparator.comparing((CompetencyViews.TeamRow r) -> r.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.learner().value());
        Comparator<CompetencyViews.TeamRow> comparator = sort == CompetencyViews.TeamSort.PERCENT
                ? Comparator.comparingInt((CompetencyViews.TeamRow r) -> r.summary().percent()).thenComparing(byName) : byName;
        return descending ? comparator.reversed() : comparator;
    }
}
