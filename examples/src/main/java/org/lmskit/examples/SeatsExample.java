package org.lmskit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.lmskit.core.Lms;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.DailyRotationReport;
import org.lmskit.core.seats.HandOver;
import org.lmskit.core.seats.PathCompletion;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * A slot session of 2 slots shared by 4 learners, rotating every 10 working days; then the same learners under
 * natural rotation, where a finished path hands the slot over at once.
 */
public final class SeatsExample {
    private SeatsExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        LocalDate monday = LocalDate.of(2021, 9, 6);
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .clock(Clock.fixed(monday.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();
        SessionId id = SessionId.of("manpower-lyon");
        lms.seats().sessions().createSession(admin, SeatSession.create(id, "Manpower - Lyon - Septembre 2021",
                CompanyId.of("manpower"), PathId.of("recrutement-et-sourcing"), SessionType.SLOTS, monday,
                monday.plusYears(1), 2, Rotation.every(10, false)));
        for (String name : new String[] {"ana", "ben", "carl", "dina"}) {
            lms.seats().members().addMember(admin, id, UserId.of(name), SessionRole.LEARNER);
        }
        lms.seats().slots().assignSlot(admin, id, UserId.of("ana"));
        lms.seats().slots().assignSlot(admin, id, UserId.of("ben"));
        lms.seats().slots().addWaiting(admin, id, UserId.of("carl"));
        lms.seats().slots().addWaiting(admin, id, UserId.of("dina"));
        try {
            lms.seats().slots().assignSlot(admin, id, UserId.of("carl"));
        } catch (RuleRefusedException refused) {
            out.println("refused: " + refused.code());
        }

        for (LocalDate day = monday.plusDays(1); !day.isAfter(monday.plusDays(28)); day = day.plusDays(1)) {
            DailyRotationReport report = lms.seats().rotation().runDailyRotation(admin, day);
            if (report.assignments() > 0) {
                SeatSession session = lms.seats().sessions().session(admin, id);
                out.println(day + " " + day.getDayOfWeek() + ": holders " + names(session.holders()) + ", waiting "
                        + names(session.waiting()));
            }
        }
        naturalRotation(lms, admin, out);
    }

    /** Seed 003, "Rotation naturelle": the slot of a learner who finished goes to the first waiting, at once. */
    private static void naturalRotation(Lms lms, Actor admin, PrintStream out) {
        SessionId id = SessionId.of("manpower-lyon-natural");
        LocalDate today = LocalDate.now(lms.clock());
        lms.seats().sessions().createSession(admin, SeatSession.create(id, "Manpower - Lyon - Naturelle",
                CompanyId.of("manpower"), PathId.of("recrutement-et-sourcing"), SessionType.SLOTS, today,
                today.plusYears(1), 2, Rotation.natural()));
        for (String name : new String[] {"ana", "ben", "carl", "dina"}) {
            lms.seats().members().addMember(admin, id, UserId.of(name), SessionRole.LEARNER);
            lms.seats().slots().addWaiting(admin, id, UserId.of(name)); // the first two take the free slots at once
        }
        PathCompletion done = lms.seats().members().pathCompleted(admin, id, UserId.of("ben"));
        for (HandOver handOver : done.handOvers()) {
            out.println("ben finished: slot " + handOver.slot() + " goes to "
                    + handOver.assigned().map(UserId::value).orElse("?") + " (" + handOver.reason() + ")");
        }
        SeatSession session = lms.seats().sessions().session(admin, id);
        out.println("holders " + names(session.holders()) + ", waiting " + names(session.waiting()));
    }

    private static String names(java.util.List<UserId> users) {
        return users.stream().map(UserId::value).collect(Collectors.joining(" ", "[", "]"));
    }
}
