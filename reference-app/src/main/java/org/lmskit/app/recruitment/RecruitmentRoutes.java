package org.lmskit.app.recruitment;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.Candidate;
import org.lmskit.core.recruitment.CardResult;
import org.lmskit.core.recruitment.CardStatus;
import org.lmskit.core.recruitment.CardUpdate;
import org.lmskit.core.recruitment.Civility;
import org.lmskit.core.recruitment.Classification;
import org.lmskit.core.recruitment.ContractType;
import org.lmskit.core.recruitment.ExperienceBracket;
import org.lmskit.core.recruitment.FollowUpCard;
import org.lmskit.core.recruitment.Mastery;
import org.lmskit.core.recruitment.PerformedAction;
import org.lmskit.core.recruitment.PoolSearch;
import org.lmskit.core.recruitment.PortfolioSearch;
import org.lmskit.core.recruitment.QuickAction;
import org.lmskit.core.recruitment.RecruitmentFollowUp;
import org.lmskit.core.recruitment.RecruitmentCapability;
import org.lmskit.core.recruitment.RecruitmentState;
import org.lmskit.core.recruitment.RejectionCause;
import org.lmskit.core.recruitment.ResultTable;
import org.lmskit.core.recruitment.Situation;
import org.lmskit.core.recruitment.SkillTheme;
import org.lmskit.core.recruitment.StudyLevel;
import org.lmskit.core.recruitment.TrainingLink;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.recruitment.CardSort;

/**
 * Seed 004 over HTTP. Criteria are query parameters, repeated for several values
 * ({@code ?studyLevel=BAC_PLUS_2&studyLevel=BAC_PLUS_5}); codes are the core's enum names, and every
 * answer carries the seed's wording beside them.
 */
public final class RecruitmentRoutes {
    private static final String CARD = "/api/recruitment/cards/{cardId}";

    private final RecruitmentCapability recruitment;
    private final Clock clock;
    private final RequestBodies bodies;

    public RecruitmentRoutes(Lms lms, RequestBodies bodies) {
        this.recruitment = lms.recruitment();
        this.clock = lms.clock();
        this.bodies = bodies;
    }

    public record SkillBody(@NotNull SkillTheme theme, @NotBlank String name, @NotNull Mastery mastery) {
    }

    public record TrainingBody(@NotBlank String training, @NotNull TrainingLink link) {
    }

    public record CandidateRequest(@NotBlank String id, @NotNull Civility civility, @NotBlank String lastName,
                                   @NotBlank String firstName, @NotBlank String area, @NotBlank String city,
                                   @NotNull @Size(max = 30) List<@NotBlank String> currentJobs,
                                   @NotNull Classification classification, @NotNull Instant classifiedAt,
                                   @NotNull StudyLevel studyLevel, @NotNull ExperienceBracket experience,
                                   @Size(max = 400) List<@Valid @NotNull SkillBody> skills,
                                   @Size(max = 30) List<@Valid @NotNull TrainingBody> trainings,
                                   @NotNull Situation situation, @NotNull LocalDate situationChangedOn,
                                   @NotBlank String submittedBy, @Size(max = 30) List<@NotBlank String> documents,
                                   @Min(0) Long version) {
        Candidate toCandidate() {
            return new Candidate(CandidateId.of(id), civility, lastName, firstName, area, city, currentJobs,
                    classification, classifiedAt, studyLevel, experience,
                    orEmpty(skills).stream().map(s -> new Candidate.Skill(s.theme(), s.name(), s.mastery())).toList(),
                    orEmpty(trainings).stream().map(t -> new Candidate.TrainingInterest(t.training(), t.link())).toList(),
                    situation, situationChangedOn, UserId.of(submittedBy), orEmpty(documents),
                    version == null ? 0 : version);
        }
    }

    public record QuickActionRequest(@NotNull QuickAction action) {
    }

    public record RecruitmentBody(@NotNull LocalDate recruitedOn, @NotNull ContractType contractType,
                                  LocalDate contractEnd, @NotNull RecruitmentState state) {
        RecruitmentFollowUp toFollowUp() {
            return new RecruitmentFollowUp(recruitedOn, contractType, Optional.ofNullable(contractEnd), state);
        }
    }

    public record CardRequest(@NotBlank String title, @NotNull CardResult result,
                              @NotNull Set<@NotNull PerformedAction> actions, @NotNull Boolean nonResponse,
                              String comment, Set<@NotNull RejectionCause> rejectionCauses,
                              @Valid RecruitmentBody recruitment, @NotNull @Min(1) Long version) {
        CardUpdate toUpdate() {
            return new CardUpdate(title, result, actions, nonResponse, Optional.ofNullable(comment),
                    rejectionCauses == null ? Set.of() : rejectionCauses,
                    Optional.ofNullable(recruitment).map(RecruitmentBody::toFollowUp));
        }
    }

    record Coded(String code, String label) {
    }

    record CandidateJson(String id, String civility, String lastName, String firstName, String area, String city,
                         List<String> currentJobs, Coded classification, Instant classifiedAt, Coded studyLevel,
                         Coded experience, List<SkillJson> skills, List<TrainingJson> trainings, Coded situation,
                         LocalDate situationChangedOn, String submittedBy, List<String> documents, long version) {
        static CandidateJson of(Candidate c) {
            return new CandidateJson(c.id().value(), c.civility().label(), c.lastName(), c.firstName(), c.area(),
                    c.city(), c.currentJobs(), new Coded(c.classification().name(), c.classification().label()),
                    c.classifiedAt(), new Coded(c.studyLevel().name(), c.studyLevel().label()),
                    new Coded(c.experience().name(), c.experience().label()),
                    c.skills().stream().map(s -> new SkillJson(new Coded(s.theme().name(), s.theme().label()),
                            s.name(), new Coded(s.mastery().name(), s.mastery().label()))).toList(),
                    c.trainings().stream().map(t -> new TrainingJson(t.training(),
                            new Coded(t.link().name(), t.link().label()))).toList(),
                    new Coded(c.situation().name(), c.situation().label()), c.situationChangedOn(),
                    c.submittedBy().value(), c.documents(), c.version());
        }
    }

    record SkillJson(Coded theme, String name, Coded mastery) {
    }

    record TrainingJson(String training, Coded link) {
    }

    record RecruitmentJson(LocalDate recruitedOn, Coded contractType, LocalDate contractEnd, Coded state) {
    }

    record CardJson(String id, String company, String candidate, String title, String createdBy, Coded result,
                    Coded status, List<Coded> actions, boolean nonResponse, String comment, List<Coded> rejectionCauses,
                    RecruitmentJson recruitment, Instant createdAt, Instant updatedAt, String updatedBy, Instant dueAt,
                    boolean overdue, long version) {
        static CardJson of(FollowUpCard c, Instant now) {
            return new CardJson(c.id().value(), c.company().value(), c.candidate().value(), c.title(),
                    c.createdBy().value(), new Coded(c.result().name(), c.result().label()),
                    new Coded(c.status().name(), c.status().label()),
                    c.actions().stream().sorted().map(a -> new Coded(a.name(), a.label())).toList(), c.nonResponse(),
                    c.comment().orElse(null),
                    c.rejectionCauses().stream().sorted().map(r -> new Coded(r.name(), r.label())).toList(),
                    c.recruitment().map(f -> new RecruitmentJson(f.recruitedOn(),
                            new Coded(f.contractType().name(), f.contractType().label()), f.contractEnd().orElse(null),
                            new Coded(f.state().name(), f.state().label()))).orElse(null),
                    c.createdAt(), c.updatedAt(), c.updatedBy().value(), c.dueAt().orElse(null), c.isOverdueAt(now),
                    c.version());
        }
    }

    record HistoryJson(Instant at, String actor, String action, List<ChangeJson> changes) {
        static HistoryJson of(AuditEntry e) {
            return new HistoryJson(e.occurredAt(), e.actorId(), e.action(), e.changes().stream()
                    .map(c -> new ChangeJson(c.field(), c.before(), c.after())).toList());
        }
    }

    record ChangeJson(String field, String before, String after) {
    }

    record TableRowJson(Coded result, Coded status, Integer days, List<StateRowJson> byRecruitmentState,
                        List<String> requires) {
    }

    record StateRowJson(Coded state, Coded status, Integer days) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/recruitment/result-table", ctx -> ctx.json(table(recruitment.resultTable())));
        routes.post("/api/recruitment/candidates", ctx -> {
            CandidateRequest body = bodies.read(ctx, CandidateRequest.class);
            ctx.status(201).json(CandidateJson.of(recruitment.pool().registerCandidate(Identities.actor(ctx),
                    body.toCandidate())));
        });
        routes.put("/api/recruitment/candidates/{candidateId}", ctx -> {
            CandidateRequest body = bodies.read(ctx, CandidateRequest.class);
            if (!body.id().equals(ctx.pathParam("candidateId"))) {
                throw org.lmskit.core.error.InvalidInputException.of("id", "must be the candidate of the path");
            }
            ctx.json(CandidateJson.of(recruitment.pool().updateCandidate(Identities.actor(ctx), body.toCandidate())));
        });
        routes.get("/api/recruitment/candidates/{candidateId}", ctx -> ctx.json(CandidateJson.of(
                recruitment.pool().candidate(Identities.actor(ctx), CandidateId.of(ctx.pathParam("candidateId"))))));
        routes.get("/api/recruitment/pool", ctx -> ctx.json(recruitment.pool().searchPool(Identities.actor(ctx),
                poolSearch(ctx), QueryParams.page(ctx)).map(CandidateJson::of)));
        routes.post("/api/recruitment/pool/{candidateId}/quick-actions", ctx -> {
            QuickActionRequest body = bodies.read(ctx, QuickActionRequest.class);
            FollowUpCard card = recruitment.cards().quickAction(Identities.actor(ctx),
                    CandidateId.of(ctx.pathParam("candidateId")), body.action());
            ctx.status(201).header("Location", "/api/recruitment/cards/" + card.id().value())
                    .json(CardJson.of(card, clock.instant()));
        });
        routes.get(CARD, ctx -> ctx.json(CardJson.of(recruitment.cards().card(Identities.actor(ctx), cardId(ctx)),
                clock.instant())));
        routes.put(CARD, ctx -> {
            CardRequest body = bodies.read(ctx, CardRequest.class);
            ctx.json(CardJson.of(recruitment.cards().updateCard(Identities.actor(ctx), cardId(ctx), body.toUpdate(),
                    body.version()), clock.instant()));
        });
        routes.get(CARD + "/history", ctx -> ctx.json(recruitment.cards().history(Identities.actor(ctx), cardId(ctx),
                QueryParams.page(ctx)).map(HistoryJson::of)));
        routes.get("/api/recruitment/portfolio", ctx -> ctx.json(recruitment.cards().portfolio(Identities.actor(ctx),
                portfolioSearch(ctx), QueryParams.page(ctx)).map(c -> CardJson.of(c, clock.instant()))));
        routes.get("/api/recruitment/portfolio/overdue", ctx -> ctx.json(recruitment.cards().overdueCards(
                Identities.actor(ctx), portfolioSearch(ctx), QueryParams.page(ctx))
                .map(c -> CardJson.of(c, clock.instant()))));
    }

    private static CardId cardId(Context ctx) {
        return CardId.of(ctx.pathParam("cardId"));
    }

    private static PoolSearch poolSearch(Context ctx) {
        return PoolSearch.builder()
                .areas(QueryParams.texts(ctx, "area"))
                .nameContains(QueryParams.text(ctx, "name").orElse(null))
                .currentJobs(QueryParams.texts(ctx, "job"))
                .studyLevels(QueryParams.enums(ctx, "studyLevel", StudyLevel.class))
                .experiences(QueryParams.enums(ctx, "experience", ExperienceBracket.class))
                .skillThemes(QueryParams.enums(ctx, "skillTheme", SkillTheme.class))
                .masteries(QueryParams.enums(ctx, "mastery", Mastery.class))
                .trainings(QueryParams.texts(ctx, "training"))
                .trainingLinks(QueryParams.enums(ctx, "trainingLink", TrainingLink.class))
                .classifications(QueryParams.enums(ctx, "classification", Classification.class))
                .classifiedFrom(QueryParams.instant(ctx, "classifiedFrom").orElse(null))
                .classifiedBefore(QueryParams.instant(ctx, "classifiedBefore").orElse(null))
                .situationChangedFrom(QueryParams.date(ctx, "situationChangedFrom").orElse(null))
                .build();
    }

    private static PortfolioSearch portfolioSearch(Context ctx) {
        return PortfolioSearch.builder()
                .areas(QueryParams.texts(ctx, "area"))
                .nameContains(QueryParams.text(ctx, "name").orElse(null))
                .recruiters(QueryParams.texts(ctx, "recruiter").stream().map(UserId::of).collect(Collectors.toSet()))
                .currentJobs(QueryParams.texts(ctx, "job"))
                .classifications(QueryParams.enums(ctx, "classification", Classification.class))
                .statuses(QueryParams.enums(ctx, "status", CardStatus.class))
                .results(QueryParams.enums(ctx, "result", CardResult.class))
                .actions(QueryParams.enums(ctx, "action", PerformedAction.class))
                .nonResponse(QueryParams.bool(ctx, "nonResponse").orElse(null))
                .skillThemes(QueryParams.enums(ctx, "skillTheme", SkillTheme.class))
                .masteries(QueryParams.enums(ctx, "mastery", Mastery.class))
                .createdFrom(QueryParams.instant(ctx, "createdFrom").orElse(null))
                .dueBefore(QueryParams.instant(ctx, "dueBefore").orElse(null))
                .mine(QueryParams.bool(ctx, "mine").orElse(false))
                .sort(QueryParams.oneEnum(ctx, "sort", CardSort.class).orElse(CardSort.CREATED),
                        QueryParams.oneEnum(ctx, "direction", SortDirection.class).orElse(SortDirection.DESCENDING))
                .build();
    }

    private static List<TableRowJson> table(ResultTable table) {
        return Arrays.stream(CardResult.values()).map(result -> {
            List<String> requires = table.requiredFor(result).stream().map(f -> f.field()).sorted().toList();
            Coded coded = new Coded(result.name(), result.label());
            if (table.followsRecruitmentState(result)) {
                return new TableRowJson(coded, null, null, Arrays.stream(RecruitmentState.values()).map(state -> {
                    CardStatus status = table.statusOf(result, Optional.of(state)).orElseThrow();
                    return new StateRowJson(new Coded(state.name(), state.label()),
                            new Coded(status.name(), status.label()), days(table, status));
                }).toList(), requires);
            }
            CardStatus status = table.statusOf(result, Optional.empty()).orElseThrow();
            return new TableRowJson(coded, new Coded(status.name(), status.label()), days(table, status), List.of(),
                    requires);
        }).toList();
    }

    private static Integer days(ResultTable table, CardStatus status) {
        var d = table.deadlineDays(status);
        return d.isPresent() ? d.getAsInt() : null;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
