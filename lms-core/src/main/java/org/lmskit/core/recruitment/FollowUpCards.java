package org.lmskit.core.recruitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.notification.Notification;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.recruitment.CardSort;

/**
 * Seed 004's follow-up cards: opened by a quick action, saved from the version read with status and deadline from
 * the {@link ResultTable}, audited field by field, searched in the company's portfolio; a recruiter's overdue
 * cards block their pool search, and a non-response notifies the partner contact and the commission once.
 */
public final class FollowUpCards {
    /** The template of the non-response message; parameters: card, candidate, candidateName, company, recruiter. */
    public static final String NON_RESPONSE_TEMPLATE = "recruitment.candidate-not-responding";
    private static final int LISTED_OVERDUE = 100;
    private final RecruitmentContext ctx;

    FollowUpCards(RecruitmentContext ctx) {
        this.ctx = ctx;
    }

    /** One of the four quick actions: opens the company's card for the candidate with the action's result. */
    public FollowUpCard quickAction(Actor actor, CandidateId candidateId, QuickAction action) {
        Operations.requireActor(actor);
        Operations.required("candidateId", candidateId);
        Operations.required("action", action);
        CompanyId company = ctx.recruiterCompany(actor);
        refuseWhenOverdue(actor, company);
        return ctx.ops.write(() -> {
            Candidate candidate = ctx.loadCandidate(candidateId);
            FollowUpCard opened = FollowUpCard.open(CardId.of(ctx.ids.get()), company, candidate, actor.id(),
                    action.result(), ctx.settings.resultTable(), ctx.ops.now());
            FollowUpCard stored = RecruitmentRecords.card(ctx.storage.followUpCards().insert(RecruitmentRecords.record(opened)));
            ctx.audit.record(actor, RecruitmentContext.CARD_TYPE, stored.id().value(), "opened", changes(null, stored));
            ctx.ops.publish(new RecruitmentEvent.CardOpened(stored.updatedAt(), stored.id(), company,
                    stored.candidate(), actor.id(), stored.result(), stored.status(), stored.dueAt()));
            return stored;
        });
    }

    /**
     * A follow-up card: the commission reads any; a recruiter only their company's (another company's is "not
     * found").
     */
    public FollowUpCard card(Actor actor, CardId id) {
        Operations.requireActor(actor);
        Operations.required("cardId", id);
        FollowUpCard card = ctx.loadCard(id);
        if (!actor.has(Role.ADMINISTRATOR)) {
            ctx.requireSameCompany(ctx.recruiterCompany(actor), card);
        }
        return card;
    }

    /**
     * Saves a card from the version the recruiter read. Status and deadline follow the {@link ResultTable};
     * setting the non-response flag notifies the partner contact and the commission once.
     */
    public FollowUpCard updateCard(Actor actor, CardId id, CardUpdate update, long expectedVersion) {
        Operations.requireActor(actor);
        Operations.required("cardId", id);
        Operations.required("update", update);
        CompanyId company = ctx.recruiterCompany(actor);
        return ctx.ops.write(() -> {
            FollowUpCard before = ctx.loadCard(id);
            ctx.requireSameCompany(company, before);
            FollowUpCard after = before.apply(update, ctx.settings.resultTable(), actor.id(), ctx.ops.now())
                    .withVersion(expectedVersion);
            FollowUpCard stored = RecruitmentRecords.card(ctx.storage.followUpCards().update(RecruitmentRecords.record(after)));
            ctx.audit.record(actor, RecruitmentContext.CARD_TYPE, id.value(), "updated", changes(before, stored));
            boolean newlySilent = stored.nonResponse() && !before.nonResponse();
            if (newlySilent) {
                Notification message = nonResponse(stored, ctx.loadCandidate(stored.candidate()), actor);
                ctx.ops.afterCommit(() -> ctx.notifier.send(message));
            }
            ctx.ops.publish(new RecruitmentEvent.CardUpdated(stored.updatedAt(), id, actor.id(), before.status(),
                    stored.status(), stored.dueAt()));
            if (newlySilent) {
                ctx.ops.publish(new RecruitmentEvent.CandidateNotResponding(stored.updatedAt(), id, stored.candidate(),
                        actor.id()));
            }
            return stored;
        });
    }

    /** Every change of a card, oldest first: who, when, which fields from what to what. */
    public Page<AuditEntry> history(Actor actor, CardId id, PageRequest page) {
        Operations.required("page", page);
        card(actor, id);
        return ctx.storage.auditTrail().find(AuditQuery.byRecord(RecruitmentContext.CARD_TYPE, id.value())
                .page(page.offset(), page.limit()));
    }

    /** The company's portfolio, filtered and sorted (seed 004, "Gérer mon portefeuille de candidats"). */
    public Page<FollowUpCard> portfolio(Actor actor, PortfolioSearch search, PageRequest page) {
        return ctx.ops.read(() -> portfolioNow(actor, search, page));
    }

    private Page<FollowUpCard> portfolioNow(Actor actor, PortfolioSearch search, PageRequest page) {
        CompanyId company = ctx.recruiterCompany(actor);
        Operations.required("search", search);
        Operations.required("page", page);
        Set<String> createdBy = search.recruiters().stream().map(UserId::value).collect(Collectors.toSet());
        if (search.mine()) {
            if (!createdBy.isEmpty() && !createdBy.contains(actor.id().value())) {
                return new Page<>(List.of(), 0, page);
            }
            createdBy = Set.of(actor.id().value());
        }
        return ctx.storage.followUpCards().search(RecruitmentRecords.query(search, company, createdBy, page))
                .map(RecruitmentRecords::card);
    }

    /** "Mes fiches dépassées": the acting recruiter's cards due before now, the other filters applied, soonest first. */
    public Page<FollowUpCard> overdueCards(Actor actor, PortfolioSearch filters, PageRequest page) {
        Operations.required("filters", filters);
        Instant now = ctx.ops.now();
        Instant before = filters.dueBefore().filter(now::isAfter).orElse(now);
        PortfolioSearch overdue = new PortfolioSearch(filters.areas(), filters.nameContains(), filters.recruiters(),
                filters.currentJobs(), filters.classifications(), filters.statuses(), filters.results(),
                filters.actions(), filters.nonResponse(), filters.skillThemes(), filters.masteries(),
                filters.createdFrom(), Optional.of(before), true, CardSort.DUE, SortDirection.ASCENDING);
        return portfolio(actor, overdue, page);
    }

    /** Whether the acting recruiter has an overdue card, which blocks their pool search. */
    public boolean hasOverdueCards(Actor actor) {
        CompanyId company = ctx.recruiterCompany(actor);
        return ctx.storage.followUpCards().hasOverdue(company.value(), actor.id().value(), ctx.ops.now());
    }

    void refuseWhenOverdue(Actor actor, CompanyId company) {
        // a read-only transaction of its own before a write (its refusal is published, not rolled back), joined
        // by a view that checks it
        ctx.ops.read(() -> {
            refuseWhenOverdueNow(actor, company);
            return null;
        });
    }

    private void refuseWhenOverdueNow(Actor actor, CompanyId company) {
        Instant now = ctx.ops.now();
        if (!ctx.storage.followUpCards().hasOverdue(company.value(), actor.id().value(), now)) {
            return;
        }
        List<CardId> overdue = overdueCards(actor, PortfolioSearch.everything(), PageRequest.first(LISTED_OVERDUE))
                .items().stream().map(FollowUpCard::id).toList();
        ctx.ops.publish(new RecruitmentEvent.PoolSearchBlocked(now, actor.id(), overdue));
        throw new RuleRefusedException(RecruitmentRefusals.OVERDUE_CARDS, null, "you have " + overdue.size()
                + " follow-up card(s) past their deadline; update them before using the pool again",
                overdue.stream().map(CardId::value).toList());
    }

    private Notification nonResponse(FollowUpCard card, Candidate candidate, Actor actor) {
        Set<UserId> recipients = new java.util.HashSet<>(ctx.settings.commission());
        recipients.add(candidate.submittedBy());
        Map<String, String> parameters = new HashMap<>();
        parameters.put("card", card.id().value());
        parameters.put("candidate", candidate.id().value());
        parameters.put("candidateName", candidate.lastName() + " " + candidate.firstName());
        parameters.put("company", card.company().value());
        parameters.put("recruiter", actor.id().value());
        return new Notification(recipients, NON_RESPONSE_TEMPLATE, parameters);
    }

    private static List<FieldChange> changes(FollowUpCard before, FollowUpCard after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "title", before, after, FollowUpCard::title);
        change(changes, "result", before, after, c -> c.result().name());
        change(changes, "status", before, after, c -> c.status().name());
        change(changes, "actions", before, after, c -> joined(RecruitmentRecords.ordered(c.actions())));
        change(changes, "nonResponse", before, after, c -> String.valueOf(c.nonResponse()));
        change(changes, "comment", before, after, c -> c.comment().orElse(null));
        change(changes, "rejectionCauses", before, after,
                c -> joined(RecruitmentRecords.ordered(c.rejectionCauses())));
        change(changes, "recruitment", before, after, c -> c.recruitment().map(RecruitmentFollowUp::toString)
                .orElse(null));
        change(changes, "dueAt", before, after, c -> c.dueAt().map(Instant::toString).orElse(null));
        return changes;
    }

    /** A set as text; none is no value, so that opening a card without actions records no "actions" change. */
    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static void change(List<FieldChange> changes, String field, FollowUpCard before, FollowUpCard after,
                               Function<FollowUpCard, String> value) {
        String old = before == null ? null : value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

}
