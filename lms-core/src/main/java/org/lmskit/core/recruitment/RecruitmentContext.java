package org.lmskit.core.recruitment;

import org.lmskit.core.security.Role;
import java.util.Optional;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.StorageProvider;

/**
 * What the services of the recruitment capability share: the stores, the operation kernel, the notifier, the
 * directory that knows each recruiter's company, the settings (result table, commission), the access policy.
 */
final class RecruitmentContext {
    static final String CARD_TYPE = "follow-up-card";
    static final String CANDIDATE_TYPE = "candidate";

    final StorageProvider storage;
    final Operations ops;
    final AuditWriter audit;
    final Notifier notifier;
    final Directory directory;
    final java.util.function.Supplier<String> ids;
    final RecruitmentSettings settings;
    final RecruitmentAccess access;

    RecruitmentContext(StorageProvider storage, Operations ops, Notifier notifier, Directory directory,
                       java.util.function.Supplier<String> ids, RecruitmentSettings settings) {
        this.storage = storage;
        this.ops = ops;
        this.audit = ops.audit();
        this.notifier = notifier;
        this.directory = directory;
        this.ids = ids;
        this.settings = settings;
        this.access = new RecruitmentAccess();
    }

    Candidate loadCandidate(CandidateId id) {
        return storage.candidates().find(id.value()).map(RecruitmentRecords::candidate)
                .orElseThrow(() -> new NotFoundException(CANDIDATE_TYPE, id.value()));
    }

    FollowUpCard loadCard(CardId id) {
        return storage.followUpCards().find(id.value()).map(RecruitmentRecords::card)
                .orElseThrow(() -> new NotFoundException(CARD_TYPE, id.value()));
    }

    /** Another company's card is reported as not found: a recruiter does not learn it exists. */
    static void requireSameCompany(CompanyId company, FollowUpCard card) {
        if (!card.company().equals(company)) {
            throw new NotFoundException(CARD_TYPE, card.id().value());
        }
    }

    /** The acting recruiter's company, as the {@link RecruitmentAccess#recruiter} rule allows it. */
    CompanyId recruiterCompany(Actor actor) {
        Operations.requireActor(actor);
        Optional<CompanyId> company = actor.has(Role.RECRUITER) ? directory.companyOf(actor.id()) : Optional.empty();
        ops.permit(actor, access.recruiter(actor, company));
        return company.orElseThrow();
    }

}
