package org.lmskit.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: the team view of 10,000 learners x 11 competencies x 5 positionings on PostgreSQL, through lmskit and
 * through the single SQL query a host would write instead (the latest validating positioning per line with
 * {@code DISTINCT ON}, the statuses and the percentage with aggregates), in the same run on the same database.
 * Both answers are turned into the same sorted rows, and the set-up checks they are equal before anything is
 * measured. Goal: lmskit within 1.5x of the hand-written query, and under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TeamViewSideBySideBenchmark {
    static final int LEARNERS = 10_000;
    static final int COMPETENCIES = 11;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);

    /**
     * What a host would write: the latest validating positioning of each (learner, competency) with lmskit's tie
     * rule (instant, then level rank, source, actor), each line of the learner's job with its required level, and
     * per learner the acquired, applicable and not-evaluated counts and the percentage rounded half up.
     */
    static final String HAND_WRITTEN = """
            WITH team AS (SELECT unnest(?::text[]) AS learner_id),
            lines AS (
                SELECT j.job_id, c.code,
                       coalesce(s.level_codes, ARRAY['1', '2', '3', '4', '5']) AS levels,
                       j.requirement_levels[array_position(j.requirement_codes, c.code)] AS required
                FROM lmskit_job j
                CROSS JOIN LATERAL unnest(j.profile_ids) AS p(profile_id)
                JOIN lmskit_profile pr ON pr.profile_id = p.profile_id
                CROSS JOIN LATERAL unnest(pr.competency_codes) AS c(code)
                JOIN lmskit_competency co ON co.code = c.code
                LEFT JOIN lmskit_scale s ON s.scale_id = co.scale_id),
            deciding AS (
                SELECT DISTINCT ON (p.learner_id, p.competency_code) p.learner_id, p.competency_code, p.level_code
                FROM lmskit_positioning p
                JOIN team t ON t.learner_id = p.learner_id
                JOIN lmskit_competency co ON co.code = p.competency_code
                LEFT JOIN lmskit_scale s ON s.scale_id = co.scale_id
                WHERE p.source <> 'SELF'
                ORDER BY p.learner_id, p.competency_code, p.at DESC,
                         coalesce(array_position(coalesce(s.level_codes, ARRAY['1', '2', '3', '4', '5']), p.level_code), 0) DESC,
                         array_position(ARRAY['SELF', 'EVALUATION', 'OBSERVATION', 'MANAGER', 'SUPERVISOR', 'REVIEW'], p.source) DESC,
                         p.actor_id COLLATE "C" DESC),
            statuses AS (
                SELECT a.learner_id,
                       CASE WHEN l.required IS NULL OR (d.learner_id IS NOT NULL AND d.level_code IS NULL) THEN 'NA'
                            WHEN d.learner_id IS NULL THEN 'NE'
                            WHEN array_position(l.levels, l.required) > 0
                             AND array_position(l.levels, d.level_code) >= array_position(l.levels, l.required) THEN 'OK'
                            ELSE 'GAP' END AS status
                FROM lmskit_job_assignment a
                JOIN team t ON t.learner_id = a.learner_id
                JOIN lines l ON l.job_id = a.job_id
                LEFT JOIN deciding d ON d.learner_id = a.learner_id AND d.competency_code = l.code)
            SELECT learner_id, a.job_id, j.title, acquired, applicable, not_evaluated,
                   CASE WHEN applicable = 0 THEN 0 ELSE (200 * acquired + applicable) / (2 * applicable) END AS percent
            FROM (SELECT learner_id, count(*) FILTER (WHERE status = 'OK')::int AS acquired,
                         count(*) FILTER (WHERE status <> 'NA')::int AS applicable,
                         count(*) FILTER (WHERE status = 'NE')::int AS not_evaluated
                  FROM statuses GROUP BY learner_id) counts
            JOIN lmskit_job_assignment a USING (learner_id)
            JOIN lmskit_job j ON j.job_id = a.job_id""";

    private BenchmarkStorage bench;
    private Lms lms;
    private Directory directory;
    /** The whole team, every instant: what the view asks the store for. */
    private org.lmskit.spi.competency.PositioningQuery teamQuery;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open("postgresql");
        directory = BenchmarkJob.team(MANAGER.id(), LEARNERS);
        Set<String> ids = new HashSet<>();
        directory.teamOf(MANAGER.id()).forEach(u -> ids.add(u.value()));
        teamQuery = new org.lmskit.spi.competency.PositioningQuery(ids, Optional.empty(), Optional.empty());
        lms = Lms.builder().storage(bench.storage).directory(directory).build();
        BenchmarkJob.define(lms, ADMIN, "TEST-CGCR-", COMPETENCIES);
        // the same data as TeamViewBenchmark's, loaded in bulk: 10,000 assignments and 550,000 positionings
        bench.execute("INSERT INTO lmskit_job_assignment (learner_id, job_id, assigned_at, version)"
                + " SELECT 'learner-' || i, '" + BenchmarkJob.CCR.value() + "', timestamptz '2026-01-01Z', 1"
                + " FROM generate_series(0, " + (LEARNERS - 1) + ") i");
        bench.execute("INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at)"
                + " SELECT 'learner-' || i, 'TEST-CGCR-' || c, (1 + (i + c + p) % 5)::text,"
                + " CASE WHEN p = 0 THEN 'SELF' ELSE 'MANAGER' END, 'manon',"
                + " timestamptz '2026-01-01Z' + p * interval '1 minute'"
                + " FROM generate_series(0, " + (LEARNERS - 1) + ") i, generate_series(0, " + (COMPETENCIES - 1)
                + ") c, generate_series(0, 4) p ORDER BY i, c, p");
        bench.execute("VACUUM ANALYZE");
        List<CompetencyViews.TeamRow> lmskit = lmskit();
        List<CompetencyViews.TeamRow> handWritten = handWritten();
        if (lmskit.size() != LEARNERS || !lmskit.equals(handWritten)) {
            throw new IllegalStateException("the two paths disagree: " + lmskit.size() + " vs " + handWritten.size()
                    + " rows, first " + lmskit.get(0) + " vs " + handWritten.get(0));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public List<CompetencyViews.TeamRow> lmskit() {
        return lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.PERCENT, true,
                CompetencyViews.Period.always());
    }

    /** lmskit's store call alone: the latest validating positioning of each line, as the view asks it. */
    @Benchmark
    public int lmskitStoreAlone() {
        return bench.storage.positionings().latest(teamQuery, BenchmarkJob.validatingSources()).size();
    }

    /** The host's own query, its rows named from the same directory and sorted the same way. */
    @Benchmark
    public List<CompetencyViews.TeamRow> handWritten() {
        Map<String, UserId> members = new HashMap<>();
        for (UserId member : directory.teamOf(MANAGER.id())) {
            members.put(member.value(), member);
        }
        List<CompetencyViews.TeamRow> rows = new ArrayList<>(members.size());
        try (Connection c = bench.hostPool().getConnection();
             PreparedStatement s = c.prepareStatement(HAND_WRITTEN)) {
            s.setArray(1, c.createArrayOf("text", members.keySet().toArray(String[]::new)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UserId learner = members.remove(rs.getString(1));
                    rows.add(new CompetencyViews.TeamRow(learner, directory.displayName(learner),
                            Optional.of(JobId.of(rs.getString(2))), Optional.of(rs.getString(3)),
                            new CompetencyViews.Summary(rs.getInt(4), rs.getInt(5), rs.getInt(7), rs.getInt(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        members.values().forEach(m -> rows.add(new CompetencyViews.TeamRow(m, directory.displayName(m), Optional.empty(),
                Optional.empty(), new CompetencyViews.Summary(0, 0, 0, 0))));
        rows.sort(ORDER);
        return rows;
    }

    /** The team view's order: % acquired descending, then name and id descending (the whole comparator reversed). */
    private static final java.util.Comparator<CompetencyViews.TeamRow> ORDER = java.util.Comparator
            .comparingInt((CompetencyViews.TeamRow r) -> r.summary().percent())
            .thenComparing(CompetencyViews.TeamRow::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.learner().value()).reversed();
}
