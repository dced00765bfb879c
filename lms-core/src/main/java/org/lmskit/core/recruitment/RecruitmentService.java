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
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.notification.Notification;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.recruitment.CardSort;

/**
 * SAR follow-up cards and the candidate pool (seed 004). Access: the commission (administrators)
 * registers candidates and reads any card; a recruiter ({@link Role#RECRUITER} whose company the
 * {@link Directory} knows) searches the pool, opens cards with the quick actions, and reads and edits
 * every card of their own company and none of another's (another company's card is "not found").
 * A recruiter with an overdue card of their own cannot search the pool nor open cards from it.
 */
public final class RecruitmentService {
    static final String CARD_TYPE = "follow-up-card";
    static final String CANDIDATE_TYPE = "candidate";
    /** The template of the non-response message; parameters: card, candidate, candidateName, company, recruiter. */
    public static final String NON_RESPONSE_TEMPLATE = "recruitment.candidate-not-responding";
    private static final int LISTED_OVERDUE = 100;

    private final StorageProvider storage;
    private final AuditWriter audit;
    private final EventPublisher events;
    private final Notifier notifier;
    private final Directory directory;
    private final IdGenerator ids;
    private final RecruitmentSettings settings;

    public RecruitmentService(StorageProvider storage, AuditWriter audit, EventPublisher events, Notifier notifier,
                              Directory directory, IdGenerator ids, RecruitmentSettings settings) {
        this.storage = storage;
        this.audit = audit;
        this.events = events;
        this.notifier = notifier;
        this.directory = directory;
        this.ids = ids;
        this.settings = settings;
    }

    public ResultTable resultTable() {
        return settings.resultTable();
    }

    /** The commission adds a candidate it classified to the pool. */
    public Candidate registerCandidate(Actor actor, Candidate candidate) {
        requireCommission(actor);
        required("candidate", candidate);
        return write(() -> {
            Candidate stored = RecruitmentRecords.candidate(storage.candidates()
                    .insert(RecruitmentRecords.record(candidate.withVersion(0))));
            audit.record(actor, CANDIDATE_TYPE, stored.id().value(), "registered", List.of(
                    new FieldChange("classification", null, stored.classification().name()),
                    new FieldChange("situation", null, stored.situation().name())));
            return stored;
        });
    }

    /** The commission changes a candidate (a new situation, a new classification) from the version it read. */
    public Candidate updateCandidate(Actor actor, Candidate candidate) {
        requireCommission(actor);
        required("candidate", candidate);
        return write(() -> {
            Candidate before = loadCandidate(candidate.id());
            Candidate stored = RecruitmentRecords.candidate(storage.candidates()
                    .update(RecruitmentRecords.record(candidate)));
            audit.record(actor, CANDIDATE_TYPE, stored.id().value(), "updated", List.of(
                    new FieldChange("classification", before.classification().name(), stored.classification().name()),
                    new FieldChange("situation", before.situation().name(), stored.situation().name())));
            return stored;
        });
    }

    public Candidate candidate(Actor actor, CandidateId id) {
        requireActor(actor);
        required("candidateId", id);
        if (!actor.has(Role.ADMINISTRATOR)) {
            recruiterCompany(actor);
        }
        return loadCandidate(id);
    }

    /**
     * Seed 004's pool search, the company's carded candidates hidden.
     *
     * @throws RuleRefusedException {@link RecruitmentRules#OVERDUE_CARDS}, listing the recruiter's overdue cards
     */
    public Page<Candidate> searchPool(Actor actor, PoolSearch search, PageRequest page) {
        CompanyId company = recruiterCompany(actor);
        required("search", search);
        required("page", page);
        requireNothingOverdue(actor, company);
        return storage.candidates().search(RecruitmentRecords.query(search, company, page))
                .map(RecruitmentRecords::candidate);
    }

    /** One of the four quick actions: opens the company's card for the candidate with the action's result. */
    public FollowUpCard quickAction(Actor actor, CandidateId candidateId, QuickAction action) {
        CompanyId company = recruiterCompany(actor);
        required("candidateId", candidateId);
        required("action", action);
        requireNothingOverdue(actor, company);
        FollowUpCard card = write(() -> {
            Candidate candidate = loadCandidate(candidateId);
            FollowUpCard opened = FollowUpCard.open(CardId.of(ids.next()), company, candidate, actor.id(),
                    action.result(), settings.resultTable(), audit.now());
            FollowUpCard stored = RecruitmentRecords.card(storage.followUpCards().insert(RecruitmentRecords.record(opened)));
            audit.record(actor, CARD_TYPE, stored.id().value(), "opened", changes(null, stored));
            return stored;
        });
        events.publish(new RecruitmentEvent.CardOpened(card.updatedAt(), card.id(), company, card.candidate(),
                actor.id(), card.result(), card.status(), card.dueAt()));
        return card;
    }

    public FollowUpCard card(Actor actor, CardId id) {
        requireActor(actor);
        required("cardId", id);
        FollowUpCard card = loadCard(id);
        if (!actor.has(Role.ADMINISTRATOR)) {
            requireSameCompany(recruiterCompany(actor), card);
        }
        return card;
    }

    /**
     * Saves a card from the version the recruiter read. Status and deadline follow the {@link ResultTable};
     * setting the non-response flag notifies the partner contact and the commission once.
     */
    public FollowUpCard updateCard(Actor actor, CardId id, CardUpdate update, long expectedVersion) {
        CompanyId company = recruiterCompany(actor);
        required("cardId", id);
        required("update", update);
        List<LmsEvent> published = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        FollowUpCard saved = write(() -> {
            FollowUpCard before = loadCard(id);
            requireSameCompany(company, before);
            FollowUpCard after = before.apply(update, settings.resultTable(), actor.id(), audit.now())
                    .withVersion(expectedVersion);
            FollowUpCard stored = RecruitmentRecords.card(storage.followUpCards().update(RecruitmentRecords.record(after)));
            audit.record(actor, CARD_TYPE, id.value(), "updated", changes(before, stored));
            published.add(new RecruitmentEvent.CardUpdated(stored.updatedAt(), id, actor.id(), before.status(),
                    stored.status(), stored.dueAt()));
            if (stored.nonResponse() && !before.nonResponse()) {
                Candidate candidate = loadCandidate(stored.candidate());
                notifications.add(nonResponse(stored, candidate, actor));
                published.add(new RecruitmentEvent.CandidateNotResponding(stored.updatedAt(), id, stored.candidate(),
                        actor.id()));
            }
            return stored;
        });
        notifications.forEach(notifier::send);
        published.forEach(events::publish);
        return saved;
    }

    /** Every change of a card, oldest first: who, when, which fields from what to what. */
    public Page<AuditEntry> history(Actor actor, CardId id, PageRequest page) {
        required("page", page);
        card(actor, id);
        return storage.auditTrail().find(AuditQuery.byRecord(CARD_TYPE, id.value())
                .page(page.offset(), page.limit()));
    }

    /** The company's portfolio, filtered and sorted (seed 004, "Gérer mon portefeuille de candidats"). */
    public Page<FollowUpCard> portfolio(Actor actor, PortfolioSearch search, PageRequest page) {
        CompanyId company = recruiterCompany(actor);
        required("search", search);
        required("page", page);
        Set<String> createdBy = search.recruiters().stream().map(UserId::value).collect(Collectors.toSet());
        if (search.mine()) {
            if (!createdBy.isEmpty() && !createdBy.contains(actor.id().value())) {
                return new Page<>(List.of(), 0, page);
            }
            createdBy = Set.of(actor.id().value());
        }
        return storage.followUpCards().search(RecruitmentRecords.query(search, company, createdBy, page))
                .map(RecruitmentRecords::card);
    }

    /** "Mes fiches dépassées": the acting recruiter's cards due before now, the other filters applied, soonest first. */
    public Page<FollowUpCard> overdueCards(Actor actor, PortfolioSearch filters, PageRequest page) {
        required("filters", filters);
        Instant now = audit.now();
        Instant before = filters.dueBefore().filter(now::isAfter).orElse(now);
        PortfolioSearch overdue = new PortfolioSearch(filters.areas(), filters.namePrefix(), filters.recruiters(),
                filters.currentJobs(), filters.classifications(), filters.statuses(), filters.results(),
                filters.actions(), filters.nonResponse(), filters.skillThemes(), filters.masteries(),
                filters.createdFrom(), Optional.of(before), true, CardSort.DUE, SortDirection.ASCENDING);
        return portfolio(actor, overdue, page);
    }

    /** Whether the acting recruiter has an overdue card, which blocks their pool search. */
    public boolean hasOverdueCards(Actor actor) {
        CompanyId company = recruiterCompany(actor);
        return storage.followUpCards().hasOverdue(company.value(), actor.id().value(), audit.now());
    }

    private void requireNothingOverdue(Actor actor, CompanyId company) {
        Instant now = audit.now();
        if (!storage.followUpCards().hasOverdue(company.value(), actor.id().value(), now)) {
            return;
        }
        List<CardId> overdue = overdueCards(actor, PortfolioSearch.everything(), PageRequest.first(LISTED_OVERDUE))
                .items().stream().map(FollowUpCard::id).toList();
        events.publish(new RecruitmentEvent.PoolSearchBlocked(now, actor.id(), overdue));
        throw new RuleRefusedException(RecruitmentRules.OVERDUE_CARDS, null, "you have " + overdue.size()
                + " follow-up card(s) past their deadline; update them before using the pool again",
                overdue.stream().map(CardId::value).toList());
    }

    private Notification nonResponse(FollowUpCard card, Candidate candidate, Actor actor) {
        Set<UserId> recipients = new java.util.HashSet<>(settings.commission());
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
        change(changes, "actions", before, after, c -> String.join(",", RecruitmentRecords.ordered(c.actions())));
        change(changes, "nonResponse", before, after, c -> String.valueOf(c.nonResponse()));
        change(changes, "comment", before, after, c -> c.comment().orElse(null));
        change(changes, "rejectionCauses", before, after,
                c -> String.join(",", RecruitmentRecords.ordered(c.rejectionCauses())));
        change(changes, "recruitment", before, after, c -> c.recruitment().map(RecruitmentFollowUp::toString)
                .orElse(null));
        change(changes, "dueAt", before, after, c -> c.dueAt().map(Instant::toString).orElse(null));
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, FollowUpCard before, FollowUpCard after,
                               Function<FollowUpCard, String> value) {
        String old = before == null ? null : value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

    private Candidate loadCandidate(CandidateId id) {
        return storage.candidates().find(id.value()).map(RecruitmentRecords::candidate)
                .orElseThrow(() -> new NotFoundException(CANDIDATE_TYPE, id.value()));
    }

    private FollowUpCard loadCard(CardId id) {
        return storage.followUpCards().find(id.value()).map(RecruitmentRecords::card)
                .orElseThrow(() -> new NotFoundException(CARD_TYPE, id.value()));
    }

    /** Another company's card is reported as not found: a recruiter does not learn it exists. */
    private static void requireSameCompany(CompanyId company, FollowUpCard card) {
        if (!card.company().equals(company)) {
            throw new NotFoundException(CARD_TYPE, card.id().value());
        }
    }

    private CompanyId recruiterCompany(Actor actor) {
        requireActor(actor);
        if (!actor.has(Role.RECRUITER)) {
            throw new PermissionDeniedException(RecruitmentRules.RECRUITER_ONLY,
                    "only a company's recruiters use the pool and the portfolio");
        }
        return directory.companyOf(actor.id()).orElseThrow(() -> new PermissionDeniedException(
                RecruitmentRules.RECRUITER_ONLY, "the directory knows no company for recruiter " + actor.id()));
    }

    private static void requireCommission(Actor actor) {
        requireActor(actor);
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException(RecruitmentRules.COMMISSION_ONLY,
                    "only the commission (an administrator) registers and changes candidates");
        }
    }

    private static void requireActor(Actor actor) {
        required("actor", actor);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        return StoreCalls.inTransaction(storage.transactions(), work);
    }
}
