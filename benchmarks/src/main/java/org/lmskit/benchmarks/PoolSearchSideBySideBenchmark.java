package org.lmskit.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.recruitment.Candidate;
import org.lmskit.core.recruitment.Classification;
import org.lmskit.core.recruitment.PoolSearch;
import org.lmskit.core.recruitment.StudyLevel;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
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
 * Issue 14: seed 004's pool search over 100,000 candidates on PostgreSQL (areas, study levels and classification,
 * the company's carded candidates hidden, refused when the recruiter has an overdue card; first page of 50 and
 * the total), through lmskit and through the single SQL query a host would write instead, in the same run on the
 * same database. The set-up checks both give the same page and total before anything is measured. Goal: lmskit
 * within 1.5x of the hand-written query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PoolSearchSideBySideBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final CompanyId DIVALTO = CompanyId.of("divalto");
    private static final Actor SEARCHER = Actor.of("luc", Role.RECRUITER);

    /** The overdue check, the criteria, the hidden cards, the page and the total in one statement. */
    static final String HAND_WRITTEN = """
            SELECT c.*, count(*) OVER () AS total
            FROM lmskit_candidate c
            WHERE c.area = ANY (?) AND c.study_level = ANY (?) AND c.classification = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM lmskit_follow_up_card f
                              WHERE f.company_id = ? AND f.candidate_id = c.candidate_id)
              AND NOT EXISTS (SELECT 1 FROM lmskit_follow_up_card f
                              WHERE f.company_id = ? AND f.created_by = ? AND f.due_at < ?)
            ORDER BY c.last_name, c.first_name, c.candidate_id
            LIMIT 50""";

    private BenchmarkStorage bench;
    private Lms lms;
    private PoolSearch threeCriteria;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open("postgresql");
        lms = RecruitmentBenchmark.loaded(bench);
        threeCriteria = RecruitmentBenchmark.threeCriteria();
        Page<Candidate> lmskit = lmskit();
        Page<Object[]> handWritten = handWritten();
        List<String> ids = lmskit.items().stream().map(c -> c.id().value()).toList();
        List<Object> handIds = handWritten.items().stream().map(row -> row[0]).toList();
        if (lmskit.total() == 0 || lmskit.total() != handWritten.total() || !ids.equals(handIds)) {
            throw new IllegalStateException("the two paths disagree: total " + lmskit.total() + " vs "
                    + handWritten.total() + ", page " + ids.size() + " vs " + handIds.size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public Page<Candidate> lmskit() {
        return lms.recruitment().pool().searchPool(SEARCHER, threeCriteria, PageRequest.first(50));
    }

    /** The host's own query; each row's columns read as they come, as a host mapping them would. */
    @Benchmark
    public Page<Object[]> handWritten() {
        try (Connection c = bench.hostPool().getConnection();
             PreparedStatement s = c.prepareStatement(HAND_WRITTEN)) {
            s.setArray(1, c.createArrayOf("text", new String[] {RecruitmentBenchmark.AREAS[0],
                RecruitmentBenchmark.AREAS[1]}));
            s.setArray(2, c.createArrayOf("text", new String[] {StudyLevel.BAC_PLUS_2.name(),
                StudyLevel.BAC_PLUS_5.name()}));
            s.setArray(3, c.createArrayOf("text", new String[] {Classification.EMPLOYABLE.name()}));
            s.setString(4, DIVALTO.value());
            s.setString(5, DIVALTO.value());
            s.setString(6, SEARCHER.id().value());
            s.setTimestamp(7, Timestamp.from(NOW));
            List<Object[]> rows = new ArrayList<>(50);
            long total = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    row[0] = rs.getString("candidate_id");
                    for (int i = 2; i <= columns; i++) {
                        row[i - 1] = rs.getObject(i);
                    }
                    total = rs.getLong("total");
                    rows.add(row);
                }
            }
            return new Page<>(rows, total, PageRequest.first(50));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
