package org.lmskit.app.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.security.Actor;

/**
 * The identity seam: turns a request's {@code Authorization: Bearer <token>} into the
 * {@link Actor} core acts for. A real host puts its SSO or session lookup here; core never reads
 * the acting user from a request body.
 */
public final class Identities {
    private static final String ACTOR = "lmskit.actor";
    private static final String BEARER = "Bearer ";

    private final Map<String, Actor> byToken;

    public Identities(Map<String, Actor> byToken) {
        this.byToken = Map.copyOf(byToken);
    }

    /** Resolves and remembers the actor of this request, or refuses it. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            throw new UnauthenticatedException("send 'Authorization: Bearer <token>'");
        }
        // the token matches exactly: no trimming, no case folding
        Actor actor = Optional.ofNullable(byToken.get(header.substring(BEARER.length())))
                .orElseThrow(() -> new UnauthenticatedException("the bearer token is not known"));
        ctx.attribute(ACTOR, actor);
    }

    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new UnauthenticatedException("this route needs an authenticated user");
        }
        return actor;
    }
}
