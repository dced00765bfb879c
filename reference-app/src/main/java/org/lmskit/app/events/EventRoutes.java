package org.lmskit.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.core.event.EventOutbox;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;

/**
 * The outbox, for an administrator: {@code GET /api/events?status=PENDING|DELIVERED|PARKED&offset=&limit=} lists the
 * recorded events, {@code GET /api/events/summary} counts them and dates the relay's lag, {@code GET /api/events/{id}}
 * shows one, {@code POST /api/events/{id}/retry} puts a parked one back in line.
 */
public final class EventRoutes {
    private final EventOutbox outbox;
    private final ObjectMapper mapper;

    public EventRoutes(EventOutbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/events", this::list);
        routes.get("/api/events/summary", ctx -> {
            var summary = outbox.summary(Identities.actor(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("enabled", outbox.enabled());
            body.put("pending", summary.pending());
            body.put("delivered", summary.delivered());
            body.put("parked", summary.parked());
            body.put("oldestPending", summary.oldestPending().orElse(null));
            ctx.json(body);
        });
        routes.get("/api/events/{id}", ctx -> ctx.json(view(outbox.find(Identities.actor(ctx),
                ctx.pathParam("id")))));
        routes.post("/api/events/{id}/retry", ctx -> ctx.json(view(outbox.retry(Identities.actor(ctx),
                ctx.pathParam("id")))));
    }

    private void list(Context ctx) {
        var page = outbox.list(Identities.actor(ctx), QueryParams.oneEnum(ctx, "status", OutboxStatus.class),
                QueryParams.page(ctx));
        ctx.json(page.map(this::view));
    }

    /** An event with its payload as JSON, not as a string holding JSON. */
    private Map<String, Object> view(OutboxEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("sequence", event.sequence());
        body.put("type", event.type());
        body.put("aggregateType", event.aggregateType());
        body.put("aggregateId", event.aggregateId());
        body.put("createdAt", event.createdAt());
        body.put("status", event.status());
        body.put("attempts", event.attempts());
        body.put("nextAttemptAt", event.nextAttemptAt());
        body.put("claimedBy", event.claimedBy().orElse(null));
        body.put("deliveredAt", event.deliveredAt().orElse(null));
        body.put("lastError", event.lastError().orElse(null));
        body.put("payload", payload(event.payload()));
        return body;
    }

    private JsonNode payload(String json) {
        try {
            return mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return mapper.getNodeFactory().textNode(json); // shown as recorded rather than hidden
        }
    }
}
