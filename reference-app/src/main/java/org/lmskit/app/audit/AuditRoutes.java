package org.lmskit.app.audit;

import org.lmskit.core.domain.Texts;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.core.audit.AuditService;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditQuery;

/**
 * {@code GET /api/audit?recordType=&recordId=&actor=&from=&to=&order=asc|desc&offset=&limit=}: the
 * audit trail, paged.
 */
public final class AuditRoutes {
    private final AuditService audit;

    public AuditRoutes(AuditService audit) {
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/audit", this::find);
    }

    private void find(Context ctx) {
        Optional<String> recordType = QueryParams.text(ctx, "recordType");
        Optional<String> recordId = QueryParams.text(ctx, "recordId");
        if (recordId.isPresent() && recordType.isEmpty()) {
            throw InvalidInputException.of("recordType", "is required with recordId");
        }
        String order = QueryParams.text(ctx, "order").orElse("asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw InvalidInputException.of("order", "must be asc or desc, was " + Texts.quote(order));
        }
        AuditQuery query = new AuditQuery(recordType, recordId, QueryParams.text(ctx, "actor"),
                QueryParams.instant(ctx, "from"), QueryParams.instant(ctx, "to"),
                order.equals("asc") ? SortDirection.ASCENDING : SortDirection.DESCENDING,
                new PageRequest(QueryParams.intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                        QueryParams.intInRange(ctx, "limit", 50, 1, PageRequest.MAX_LIMIT)));
        ctx.json(audit.find(Identities.actor(ctx), query));
    }
}
