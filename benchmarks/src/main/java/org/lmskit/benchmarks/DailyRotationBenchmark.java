package org.lmskit.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.seats.DailyRotationReport;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SlotRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue budget: the daily job over 10,000 slot sessions with 100,000 members, in memory, under 1 s.
 * Each session has 3 slots and 10 members (3 holders, 7 waiting); half rotate every day (so every
 * run hands over 3 slots in each), half rotate naturally with one finished holder. Each invocation
 * runs the job for the next day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class DailyRotationBenchmark {
    static final int SESSIONS = 10_000;
    static final int MEMBERS_PER_SESSION = 10;
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    private Lms lms;
    private LocalDate day;

    @Setup
    public void setUp() {
        InMemoryStorage storage = InMemoryStorage.create();
        lms = Lms.builder().storage(storage).build();
        Instant joined = START.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        for (int s = 0; s < SESSIONS; s++) {
            String id = String.format("session-%05d", s);
            boolean natural = s % 2 == 1;
            List<SlotRecord> slots = new ArrayList<>();
            List<String> waiting = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_SESSION; m++) {
                String user = id + "-m" + m;
                storage.sessionMembers().insert(new SessionMemberRecord(id, user, "LEARNER", joined, Optional.empty(),
                        natural && m == 0 ? Optional.of(START) : Optional.empty(), 0));
                if (m < 3) {
                    slots.add(new SlotRecord(m + 1, Optional.of(user), Optional.of(START)));
                } else {
                    waiting.add(user);
                }
            }
            storage.seatSessions().insert(new SeatSessionRecord(id, "Session " + id, "company-" + (s % 100), "path",
                    "SLOTS", START, START.plusYears(100), 3, MEMBERS_PER_SESSION, natural ? "NATURAL" : "RHYTHMIC",
                    natural ? 0 : 1, true, slots, waiting, Optional.empty(), 0));
        }
        day = START;
    }

    @Benchmark
    public DailyRotationReport dailyJobOverTenThousandSessions() {
        day = day.plusDays(1);
        return lms.seats().rotation().runDailyRotation(ADMIN, day);
    }
}
