package org.lmskit.app.seats;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.DailyRotationReport;
import org.lmskit.core.seats.HandOver;
import org.lmskit.core.seats.PathCompletion;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatsCapability;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionMember;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.seats.SlotChange;

/** Sessions, members, slots, waiting lists, rotation settings, the daily job, access and inactivity. */
public final class SeatRoutes {
    private static final String SESSION = "/api/seats/sessions/{sessionId}";

    private final SeatsCapability seats;
    private final java.time.Clock clock;
    private final RequestBodies bodies;

    public SeatRoutes(Lms lms, RequestBodies bodies) {
        this.seats = lms.seats();
        this.clock = lms.clock();
        this.bodies = bodies;
    }

    public record RotationBody(@NotNull @Pattern(regexp = "NONE|NATURAL|RHYTHMIC") String mode,
                               @Min(1) @Max(365) Integer everyDays, Boolean countWeekends) {
        Rotation toRotation() {
            return switch (mode) {
                case "NATURAL" -> Rotation.natural();
                case "RHYTHMIC" -> {
                    if (everyDays == null) {
                        throw InvalidInputException.of("rotation.everyDays", "is required for a rhythmic rotation");
                    }
                    yield Rotation.every(everyDays, Boolean.TRUE.equals(countWeekends));
                }
                default -> Rotation.none();
            };
        }
    }

    public record SessionRequest(@NotBlank String id, @NotBlank String reference, @NotBlank String company,
                                 @NotBlank String pathId, @NotNull SessionType type, @NotNull LocalDate startDate,
                                 @NotNull LocalDate expiryDate, @NotNull @Min(0) Integer quota, @Valid RotationBody rotation) {
    }

    public record QuotaRequest(@NotNull @Min(0) Integer quota, @NotNull @Min(1) Long version) {
    }

    public record RotationRequest(@NotNull @Valid RotationBody rotation, @NotNull @Min(1) Long version) {
    }

    public record MemberRequest(@NotBlank String userId, @NotNull SessionRole role) {
    }

    public record UserRequest(@NotBlank String userId) {
    }

    public record PositionRequest(@NotNull @Min(1) Integer position) {
    }

    /** A path completion: {@code day} when the host recorded it earlier, today (the clock's date) when absent. */
    public record CompletionRequest(LocalDate day) {
    }

    public record DayRequest(@NotNull LocalDate day) {
    }

    /** {@code hidden}: held by a learner the reader does not manage (a manager's view). */
    record SlotJson(int number, String holder, LocalDate assignedOn, boolean hidden) {
    }

    record SessionJson(String id, String reference, String company, String pathId, String type, LocalDate startDate,
                       LocalDate expiryDate, int quota, int learningMembers, String rotation, Integer everyDays,
                       Boolean countWeekends, List<SlotJson> slots, List<String> waiting, LocalDate lastRotatedOn,
                       long version) {
        static SessionJson of(SeatSession s) {
            Rotation.Rhythmic rhythm = s.rotation() instanceof Rotation.Rhythmic r ? r : null;
            return new SessionJson(s.id().value(), s.reference(), s.company().value(), s.pathId().value(),
                    s.type().name(), s.startDate(), s.expiryDate(), s.quota(), s.learningMembers(), s.rotation().mode(),
                    rhythm == null ? null : rhythm.everyDays(), rhythm == null ? null : rhythm.countWeekends(),
                    s.slots().stream().map(slot -> new SlotJson(slot.number(),
                            slot.holder().map(UserId::value).orElse(null),
                            slot.hidden() ? null : slot.assignedOn().orElse(null), slot.hidden())).toList(),
                    s.waiting().stream().map(UserId::value).toList(), s.lastRotatedOn().orElse(null), s.version());
        }
    }

    record MemberJson(String sessionId, String userId, String role, java.time.Instant joinedAt,
                      java.time.Instant lastConnectionAt, LocalDate pathCompletedOn) {
        static MemberJson of(SessionMember m) {
            return new MemberJson(m.session().value(), m.user().value(), m.role().name(), m.joinedAt(),
                    m.lastConnectionAt().orElse(null), m.pathCompletedOn().orElse(null));
        }
    }

    /** A member's completion and the hand-overs it made at once ({@code assigned} null when hidden from the reader). */
    record CompletionJson(String sessionId, String userId, String role, java.time.Instant joinedAt,
                          java.time.Instant lastConnectionAt, LocalDate pathCompletedOn, List<HandOverJson> handOvers) {
        static CompletionJson of(PathCompletion c) {
            MemberJson m = MemberJson.of(c.member());
            return new CompletionJson(m.sessionId(), m.userId(), m.role(), m.joinedAt(), m.lastConnectionAt(),
                    m.pathCompletedOn(), c.handOvers().stream().map(HandOverJson::of).toList());
        }
    }

    record HandOverJson(String session, int slot, String released, String assigned, String reason) {
        static HandOverJson of(HandOver h) {
            return new HandOverJson(h.session().value(), h.slot(), h.released().map(UserId::value).orElse(null),
                    h.assigned().map(UserId::value).orElse(null), h.reason().name());
        }
    }

    record ChangeJson(String session, int slot, String user, String reason) {
        static ChangeJson of(SlotChange c) {
            return new ChangeJson(c.session().value(), c.slot(), c.user().value(), c.reason().name());
        }
    }

    record RotationJson(String session, List<ChangeJson> assignments, List<ChangeJson> releases) {
    }

    record ReportJson(LocalDate day, int sessionsExamined, int assignments, int releases, List<RotationJson> rotations) {
        static ReportJson of(DailyRotationReport r) {
            return new ReportJson(r.day(), r.sessionsExamined(), r.assignments(), r.releases(), r.rotations().stream()
                    .map(s -> new RotationJson(s.session().value(), s.assignments().stream().map(ChangeJson::of).toList(),
                            s.releases().stream().map(ChangeJson::of).toList()))
                    .toList());
        }
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/seats/sessions", this::create);
        routes.get(SESSION, ctx -> ctx.json(SessionJson.of(seats.sessions().session(Identities.actor(ctx), id(ctx)))));
        routes.get("/api/seats/companies/{companyId}/sessions", ctx -> ctx.json(seats.sessions().sessionsOf(Identities.actor(ctx),
                CompanyId.of(ctx.pathParam("companyId")), QueryParams.page(ctx)).map(SessionJson::of)));
        routes.put(SESSION + "/quota", ctx -> {
            QuotaRequest body = bodies.read(ctx, QuotaRequest.class);
            ctx.json(SessionJson.of(seats.sessions().changeQuota(Identities.actor(ctx), id(ctx), body.quota(), body.version())));
        });
        routes.put(SESSION + "/rotation", ctx -> {
            RotationRequest body = bodies.read(ctx, RotationRequest.class);
            ctx.json(SessionJson.of(seats.sessions().setRotation(Identities.actor(ctx), id(ctx), body.rotation().toRotation(),
                    body.version())));
        });
        routes.post(SESSION + "/conversion", ctx -> {
            QuotaRequest body = bodies.read(ctx, QuotaRequest.class);
            ctx.json(SessionJson.of(seats.sessions().convertToLicences(Identities.actor(ctx), id(ctx), body.quota(), body.version())));
        });
        routes.post(SESSION + "/members", ctx -> {
            MemberRequest body = bodies.read(ctx, MemberRequest.class);
            ctx.status(201).json(MemberJson.of(seats.members().addMember(Identities.actor(ctx), id(ctx), UserId.of(body.userId()),
                    body.role())));
        });
        routes.get(SESSION + "/members", ctx -> ctx.json(seats.members().members(Identities.actor(ctx), id(ctx)).stream()
                .map(MemberJson::of).toList()));
        routes.post(SESSION + "/members/{userId}/path-completion", ctx -> {
            CompletionRequest body = bodies.read(ctx, CompletionRequest.class);
            ctx.json(CompletionJson.of(body.day() == null
                    ? seats.members().pathCompleted(Identities.actor(ctx), id(ctx), user(ctx))
                    : seats.members().pathCompleted(Identities.actor(ctx), id(ctx), user(ctx), body.day())));
        });
        routes.post(SESSION + "/slots", ctx -> {
            UserRequest body = bodies.read(ctx, UserRequest.class);
            ctx.json(SessionJson.of(seats.slots().assignSlot(Identities.actor(ctx), id(ctx), UserId.of(body.userId()))));
        });
        routes.delete(SESSION + "/slots/{userId}", ctx -> ctx.json(SessionJson.of(
                seats.slots().releaseSlot(Identities.actor(ctx), id(ctx), user(ctx)))));
        routes.post(SESSION + "/waiting", ctx -> {
            UserRequest body = bodies.read(ctx, UserRequest.class);
            ctx.json(SessionJson.of(seats.slots().addWaiting(Identities.actor(ctx), id(ctx), UserId.of(body.userId()))));
        });
        routes.delete(SESSION + "/waiting/{userId}", ctx -> ctx.json(SessionJson.of(
                seats.slots().removeWaiting(Identities.actor(ctx), id(ctx), user(ctx)))));
        routes.put(SESSION + "/waiting/{userId}", ctx -> {
            PositionRequest body = bodies.read(ctx, PositionRequest.class);
            ctx.json(SessionJson.of(seats.slots().moveWaiting(Identities.actor(ctx), id(ctx), user(ctx), body.position())));
        });
        routes.get(SESSION + "/access", ctx -> {
            LocalDate day = QueryParams.text(ctx, "day").map(SeatRoutes::day).orElseGet(() -> LocalDate.now(clock));
            ctx.json(seats.members().withAccess(Identities.actor(ctx), id(ctx), day).stream().map(UserId::value).toList());
        });
        routes.get(SESSION + "/inactive", ctx -> ctx.json(seats.members().inactive(Identities.actor(ctx), id(ctx), QueryParams.page(ctx))
                .map(MemberJson::of)));
        routes.get("/api/seats/companies/{companyId}/inactive", ctx -> ctx.json(seats.members().inactiveInCompany(
                Identities.actor(ctx), CompanyId.of(ctx.pathParam("companyId")), QueryParams.page(ctx)).map(MemberJson::of)));
        routes.post("/api/seats/daily-rotation", ctx -> {
            DayRequest body = bodies.read(ctx, DayRequest.class);
            ctx.json(ReportJson.of(seats.rotation().runDailyRotation(Identities.actor(ctx), body.day())));
        });
        routes.post("/api/me/connection", ctx -> {
            seats.members().connected(Identities.actor(ctx));
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        SessionRequest body = bodies.read(ctx, SessionRequest.class);
        Rotation rotation = Optional.ofNullable(body.rotation()).map(RotationBody::toRotation).orElse(Rotation.none());
        ctx.status(201).json(SessionJson.of(seats.sessions().createSession(Identities.actor(ctx), SeatSession.create(
                SessionId.of(body.id()), body.reference(), CompanyId.of(body.company()), PathId.of(body.pathId()),
                body.type(), body.startDate(), body.expiryDate(), body.quota(), rotation))));
    }

    private static SessionId id(Context ctx) {
        return SessionId.of(ctx.pathParam("sessionId"));
    }

    private static UserId user(Context ctx) {
        return UserId.of(ctx.pathParam("userId"));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("day", "must be a date such as 2026-11-24");
        }
    }
}
