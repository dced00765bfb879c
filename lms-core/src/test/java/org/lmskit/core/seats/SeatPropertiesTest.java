package org.lmskit.core.seats;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** Invariants of a slot session under any sequence of operations and rotations. */
class SeatPropertiesTest {
    private static final LocalDate START = LocalDate.of(2021, 9, 6);

    private static SeatSession fresh(int slots) {
        return SeatSession.create(SessionId.of("s"), "r", CompanyId.of("c"), PathId.of("p"), SessionType.SLOTS, START,
                START.plusYears(1), slots, Rotation.every(3, true));
    }

    /** Each step is an integer: its last digit picks the operation, the rest the member and position. */
    private static SeatSession apply(SeatSession session, int step, LocalDate day) {
        UserId member = UserId.of("m" + (step / 10 % 6));
        try {
            return switch (step % 10) {
                case 0, 1 -> session.assign(member, day);
                case 2 -> session.release(member);
                case 3, 4 -> session.addWaiting(member);
                case 5 -> session.removeWaiting(member);
                case 6 -> session.moveWaiting(member, 1 + step / 60 % Math.max(1, session.waiting().size()));
                default -> new RotationPlanner(WorkingDayCalendar.weekdays()).plan(session, day, java.util.Map.of())
                        .session();
            };
        } catch (RuleRefusedException | InvalidInputException refused) {
            return session;
        }
    }

    private static boolean invariants(SeatSession session) {
        List<UserId> holders = session.holders();
        return holders.size() <= session.quota()
                && session.slots().size() == session.quota()
                && new HashSet<>(holders).size() == holders.size()
                && new HashSet<>(session.waiting()).size() == session.waiting().size()
                && session.waiting().stream().noneMatch(holders::contains);
    }

    @Test
    void property_holders_never_exceed_the_quota_and_nobody_both_holds_and_waits() {
        qt().forAll(integers().between(1, 4), lists().of(integers().between(0, 999)).ofSizeBetween(0, 40))
                .check((slots, steps) -> {
                    SeatSession session = fresh(slots);
                    LocalDate day = START;
                    for (int step : steps) {
                        day = day.plusDays(step % 3);
                        session = apply(session, step, day);
                        if (!invariants(session)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void property_planning_the_same_day_twice_equals_planning_it_once() {
        RotationPlanner planner = new RotationPlanner(WorkingDayCalendar.weekdays());
        qt().forAll(integers().between(1, 4), lists().of(integers().between(0, 999)).ofSizeBetween(0, 40),
                integers().between(0, 30)).check((slots, steps, offset) -> {
                    SeatSession session = fresh(slots);
                    for (int step : steps) {
                        session = apply(session, step, START);
                    }
                    LocalDate day = START.plusDays(offset);
                    SeatSession once = planner.plan(session, day, java.util.Map.of()).session();
                    RotationPlanner.Plan again = planner.plan(once, day, java.util.Map.of());
                    return !again.changes() && again.session().equals(once);
                });
    }
}
