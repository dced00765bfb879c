package org.lmskit.core.recruitment;

import org.lmskit.core.assembly.Ports;
import org.lmskit.core.internal.Operations;

/**
 * SAR follow-up cards and the candidate pool (seed 004), assembled once by {@code Lms}: the pool the commission
 * feeds and recruiters search, and the follow-up cards of each company's portfolio.
 */
public final class RecruitmentCapability {
    private final RecruitmentSettings settings;
    private final FollowUpCards cards;
    private final CandidatePool pool;

    private RecruitmentCapability(RecruitmentContext ctx) {
        settings = ctx.settings;
        cards = new FollowUpCards(ctx);
        pool = new CandidatePool(ctx, cards);
    }

    /** {@code settings}: the SAR result table and the commission copied on non-responses. */
    public static RecruitmentCapability assemble(Ports ports, RecruitmentSettings settings) {
        return new RecruitmentCapability(new RecruitmentContext(ports.storage(),
                Operations.of(ports, "recruitment", RecruitmentEvent.Refused::new), ports.notifier(), ports.directory(), ports.ids(),
                settings));
    }

    /** The result -> status -> deadline table in force. */
    public ResultTable resultTable() {
        return settings.resultTable();
    }

    /** Candidates: registered by the commission, searched by recruiters. */
    public CandidatePool pool() {
        return pool;
    }

    /** Follow-up cards: quick actions, updates, history, portfolio, overdue cards. */
    public FollowUpCards cards() {
        return cards;
    }
}
