package org.lmskit.core.seats;

import static org.lmskit.core.seats.SeatWorld.m;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** Invariants of a slot session, as a value, under any sequence of steps and rotations. */
class SeatPropertiesTest {
    private static final LocalDate START = LocalDate.of(2021, 9, 6);
    private static final RotationPlanner PLANNER = new RotationPlanner(WorkingDayCalendar.weekdays());

    private static SeatSession fresh(int slots) {
        return SeatSession.create(SessionId.of("s"), "r", CompanyId.of("c"), PathId.of("p"), SessionType.SLOTS, START,
                START.plusYears(1), slots, Rotation.every(3, true));
    }

    /** The step applied to the value; a refused step leaves it as it was. */
    private static SeatSession apply(SeatSession session, SeatStep step, LocalDate day) {
        try {
            if (step instanceof SeatStep.Assign a) {
                return session.assign(m(a.member()), day);
            } else if (step instanceof SeatStep.Release r) {
                return session.release(m(r.member()));
            } else if (step instanceof SeatStep.AddWaiting a) {
                return session.addWaiting(m(a.member()));
            } else if (step instanceof SeatStep.RemoveWaiting r) {
                return session.removeWaiting(m(r.member()));
            } else if (step instanceof SeatStep.MoveWaiting mv) {
                return session.moveWaiting(m(mv.member()), mv.position());
            } else if (step instanceof SeatStep.Quota q) {
                return session.withQuota(q.quota());
            } else if (step instanceof SeatStep.NextDay) {
                return PLANNER.plan(session, day, Map.of()).session();
            }
            return session; // a completion changes nothing in a rhythmic session's value
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
        qt().forAll(integers().between(1, 4), lists().of(SeatStep.any()).ofSizeBetween(0, 40))
                .check((slots, steps) -> {
                    SeatSession session = fresh(slots);
                    LocalDate day = START;
                    for (SeatStep step : steps) {
                        if (step instanceof SeatStep.NextDay next) {
                            day = day.plusDays(next.days());
                        }
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
        qt().forAll(integers().between(1, 4), lists().of(SeatStep.manual()).ofSizeBetween(0, 40),
                integers().between(0, 30)).check((slots, steps, offset) -> {
                    SeatSession session = fresh(slots);
                    for (SeatStep step : steps) {
                        session = apply(session, step, START);
                    }
                    LocalDate day = START.plusDays(offset);
                    SeatSession once = PLANNER.plan(session, day, Map.of()).session();
                    RotationPlanner.Plan again = PLANNER.plan(once, day, Map.of());
                    return !again.changes() && again.session().equals(once);
                });
    }
}
