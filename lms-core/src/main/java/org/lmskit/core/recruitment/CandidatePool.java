package org.lmskit.core.recruitment;

import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/**
 * Seed 004's candidate pool: the commission registers and changes the candidates it classified; recruiters
 * search the pool (their company's carded candidates hidden), which overdue follow-up cards block.
 */
public final class CandidatePool {
    private final RecruitmentContext ctx;
    private final FollowUpCards cards;

    CandidatePool(RecruitmentContext ctx, FollowUpCards cards) {
        this.ctx = ctx;
        this.cards = cards;
    }

    /** The commission adds a candidate it classified to the pool. */
    public Candidate registerCandidate(Actor actor, Candidate candidate) {
        ctx.ops.permit(actor, ctx.access::commission);
        Operations.required("candidate", candidate);
        return ctx.ops.write(() -> {
            Candidate stored = RecruitmentRecords.candidate(ctx.storage.candidates()
                    .insert(RecruitmentRecords.record(candidate.withVersion(0))));
            ctx.audit.record(actor, RecruitmentContext.CANDIDATE_TYPE, stored.id().value(), "registered",
                    Operations.fieldChanges(java.util.Map.of(), audited(stored)));
            return stored;
        });
    }

    /** The commission changes a candidate (a new situation, a new classification) from the version it read. */
    public Candidate updateCandidate(Actor actor, Candidate candidate) {
        ctx.ops.permit(actor, ctx.access::commission);
        Operations.required("candidate", candidate);
        return ctx.ops.write(() -> {
            Candidate before = ctx.loadCandidate(candidate.id());
            Candidate stored = RecruitmentRecords.candidate(ctx.storage.candidates()
                    .update(RecruitmentRecords.record(candidate)));
            // only what changed: a commission that corrects a name does not re-classify the candidate in the trail
            ctx.audit.record(actor, RecruitmentContext.CANDIDATE_TYPE, stored.id().value(), "updated",
                    Operations.fieldChanges(audited(before), audited(stored)));
            return stored;
        });
    }

    /** A candidate of the pool: the commission reads any; a recruiter of a known company reads them too. */
    public Candidate candidate(Actor actor, CandidateId id) {
        Operations.requireActor(actor);
        Operations.required("candidateId", id);
        if (!actor.has(Role.ADMINISTRATOR)) {
            ctx.recruiterCompany(actor);
        }
        return ctx.loadCandidate(id);
    }

    /**
     * Seed 004's pool search, the company's carded candidates hidden.
     *
     * @throws RuleRefusedException {@link RecruitmentRefusals#OVERDUE_CARDS}, listing the recruiter's overdue cards
     */
    public Page<Candidate> searchPool(Actor actor, PoolSearch search, PageRequest page) {
        return ctx.ops.read(() -> {
            CompanyId company = ctx.recruiterCompany(actor);
            Operations.required("search", search);
            Operations.required("page", page);
            cards.refuseWhenOverdue(actor, company);
            return ctx.storage.candidates().search(RecruitmentRecords.query(search, company, page))
                    .map(RecruitmentRecords::candidate);
        });
    }


    /** What the audit trail states of a candidate. */
    private static java.util.Map<String, String> audited(Candidate candidate) {
        return Operations.fields("classification", candidate.classification().name(),
                "situation", candidate.situation().name());
    }
}
