package org.lmskit.core.seats;

import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.policy.Organisations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may do what with sessions, each rule a named {@link Decision} (seed 003): the platform (an administrator)
 * creates sessions, changes their quota and runs the daily job; a pilot manages every session of their own
 * company; a manager of the company reads the learners they manage in it; anyone else is refused.
 */
public final class SeatAccess {
    public static final String MANAGE = "seats.session.manage";
    public static final String READ = "seats.session.read";
    public static final String COMPANY = "seats.company.read";
    public static final String CREATE = "seats.session.create";
    public static final String CHANGE = "seats.session.change";
    public static final String DAILY_JOB = "seats.daily-job.run";

    private final Organisations organisations;

    public SeatAccess(Directory directory) {
        this.organisations = new Organisations(directory);
    }

    /** Administrators, and the pilots of the session's company. */
    public Decision manage(Actor actor, SeatSession session) {
        return actor.has(Role.ADMINISTRATOR) || pilotOf(actor, session.company()) ? Decision.allowed()
                : Decision.rejected(MANAGE, "sessionId", "only an administrator or a pilot of " + session.company()
                + " manages this session");
    }

    /** Those who manage it read a session whole; the company's managers read their learners in it. */
    public Decision read(Actor actor, SeatSession session) {
        boolean companyManager = actor.has(Role.MANAGER)
                && organisations.within(actor.id(), session.company());
        return manage(actor, session).isAllowed() || companyManager ? Decision.allowed()
                : Decision.rejected(READ, "sessionId", "only administrators, pilots and managers of "
                + session.company() + " see this session");
    }

    /** A company's sessions: administrators and its pilots. */
    public Decision company(Actor actor, CompanyId company) {
        return actor.has(Role.ADMINISTRATOR) || pilotOf(actor, company) ? Decision.allowed()
                : Decision.rejected(COMPANY, "company", "only an administrator or a pilot of " + company
                + " sees its sessions");
    }

    /** A rule that needs one role ({@link #CREATE}, {@link #CHANGE}, {@link #DAILY_JOB} need an administrator). */
    public Decision role(Actor actor, String rule, Role role) {
        return actor.has(role) ? Decision.allowed() : Decision.rejected(rule, null, "needs the role " + role);
    }

    private boolean pilotOf(Actor actor, CompanyId company) {
        return actor.has(Role.PILOT) && organisations.within(actor.id(), company);
    }
}
