package org.lmskit.core.recruitment;

import java.util.Optional;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may do what with the pool and the cards, each rule a named {@link Decision} (seed 004): the commission (an
 * administrator) registers and changes candidates and reads any card; a recruiter whose company the directory
 * knows uses the pool and the portfolio, and sees only their own company's cards.
 */
public final class RecruitmentAccess {
    /** {@code company}: the recruiter's company as the host's directory knows it (read once by the caller). */
    public Decision recruiter(Actor actor, Optional<CompanyId> company) {
        if (!actor.has(Role.RECRUITER)) {
            return Decision.rejected(RecruitmentRefusals.RECRUITER_ONLY, null,
                    "only a company's recruiters use the pool and the portfolio");
        }
        return company.isPresent() ? Decision.allowed()
                : Decision.rejected(RecruitmentRefusals.RECRUITER_ONLY, null,
                "the directory knows no company for recruiter " + actor.id());
    }

    /** Seed 004: candidates are registered and changed by the commission, an administrator here. */
    public Decision commission(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) ? Decision.allowed()
                : Decision.rejected(RecruitmentRefusals.COMMISSION_ONLY, null,
                "only the commission (an administrator) registers and changes candidates");
    }
}
