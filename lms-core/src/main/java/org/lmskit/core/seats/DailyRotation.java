package org.lmskit.core.seats;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.seats.RotationDueQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seed 003's daily job: every due natural and rhythmic rotation of every slot session, for a day. */
public final class DailyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(DailyRotation.class);
    private static final int RETRIES = 5;
    private static final int JOB_PAGE = 500;
    private final SeatContext ctx;

    DailyRotation(SeatContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Runs every due rotation of every slot session for a day. Safe to run twice (the second run
     * changes nothing) and from several runners at once (each session is a compare-and-set; a runner
     * that loses re-plans from the winner's state, which has nothing left to do).
     */
    public DailyRotationReport runDailyRotation(Actor actor, LocalDate day) {
        ctx.ops.permit(actor, a -> ctx.access.role(a, "seats.daily-job.run", Role.ADMINISTRATOR));
        Instants.check("day", day);
        long start = System.nanoTime();
        List<DailyRotationReport.SessionRotation> rotations = new ArrayList<>();
        int examined = 0;
        Optional<String> after = Optional.empty();
        while (true) {
            List<SeatSessionRecord> due = ctx.storage.seatSessions().findRotationDue(new RotationDueQuery(day, after, JOB_PAGE));
            if (due.isEmpty()) {
                break;
            }
            after = Optional.of(due.get(due.size() - 1).sessionId());
            Table<String, UserId, SessionMember> members = naturalMembers(due);
            for (SeatSessionRecord record : due) {
                examined++;
                rotate(actor, SeatRecords.session(record), day, members.row(record.sessionId()))
                        .ifPresent(rotations::add);
            }
        }
        DailyRotationReport report = new DailyRotationReport(day, examined, rotations);
        LOG.info("daily rotation for {}: {} session(s) examined, {} rotated, {} slot(s) handed over", day, examined,
                rotations.size(), report.assignments());
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
        ctx.ops.observe(o -> o.dailyRotation(day, took, report.sessionsExamined(), report.assignments()));
        ctx.ops.publish(new SeatEvent.DailyRotationCompleted(ctx.ops.now(), day, examined, report.assignments()));
        return report;
    }

    /**
     * One session's hand-overs still owed at once (the safety net: none, when every write made them), then its due
     * rotation; a compare-and-set retried from the winner's state when another runner got there first.
     */
    private Optional<DailyRotationReport.SessionRotation> rotate(Actor actor, SeatSession session, LocalDate day,
                                                                 Map<UserId, SessionMember> members) {
        SeatSession current = session;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            RotationPlanner.Plan owed = ctx.planner.atOnce(current, day, members, SlotChange.Reason.SLOT_RELEASED);
            RotationPlanner.Plan due = ctx.planner.plan(owed.session(), day, members);
            if (!due.changes() && !owed.changes()) {
                return Optional.empty();
            }
            try {
                ctx.ops.write(() -> {
                    ctx.storage.seatSessions().update(SeatRecords.record(due.session()));
                    ctx.recordRotation(actor, owed, day);
                    ctx.recordRotation(actor, due, day);
                    return null;
                });
            } catch (ConflictException lost) {
                current = ctx.load(session.id());
                continue;
            }
            return Optional.of(new DailyRotationReport.SessionRotation(session.id(),
                    concat(owed.assignments(), due.assignments()), concat(owed.releases(), due.releases())));
        }
        return Optional.empty();
    }

    private static List<SlotChange> concat(List<SlotChange> first, List<SlotChange> then) {
        List<SlotChange> all = new ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }

    /** The members of the due natural-rotation sessions that have someone waiting, by session and user, in one read. */
    private Table<String, UserId, SessionMember> naturalMembers(List<SeatSessionRecord> due) {
        List<String> natural = due.stream().filter(r -> r.rotationMode().equals("NATURAL") && !r.waiting().isEmpty())
                .map(SeatSessionRecord::sessionId).toList();
        Table<String, UserId, SessionMember> bySession = HashBasedTable.create();
        for (SessionMemberRecord record : ctx.storage.sessionMembers().findBySessions(natural)) {
            SessionMember member = SeatRecords.member(record);
            bySession.put(record.sessionId(), member.user(), member);
        }
        return bySession;
    }

}
