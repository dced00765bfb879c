package org.lmskit.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lmskit.app.adaptive.AdaptiveRoutes;
import org.lmskit.app.audit.AuditRoutes;
import org.lmskit.app.events.EventRoutes;
import org.lmskit.app.certification.CaseStudyRoutes;
import org.lmskit.app.certification.CertificateRoutes;
import org.lmskit.app.certification.CertificationRoutes;
import org.lmskit.app.certification.QuizRoutes;
import org.lmskit.app.competency.CompetencyRoutes;
import org.lmskit.app.competency.FrameworkRoutes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.lmskit.app.http.Identities;
import org.lmskit.app.metrics.MetricsRoutes;
import org.lmskit.app.http.JettyProblems;
import org.lmskit.app.http.Json;
import org.lmskit.app.http.Problems;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.app.recruitment.RecruitmentRoutes;
import org.lmskit.app.seats.SeatRoutes;
import org.lmskit.app.site.SiteRoutes;
import org.lmskit.core.Lms;
import org.lmskit.credentials.InMemorySigningKeys;
import org.lmskit.credentials.OpenBadgeCredentials;
import org.lmskit.core.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin app around one {@link Lms}; {@link ReferenceApp} starts it, tests drive it. */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Routes that answer without a token: they reveal nothing about anyone. */
    private static final Set<String> PUBLIC = Set.of("/health", CertificationRoutes.PUBLIC_LEVELS,
            CertificateRoutes.ISSUER_KEYS, CertificateRoutes.VERIFICATION);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private HttpApi() {
    }

    /** The API over {@code lms}, with an empty {@code /metrics} (see the three-argument form). */
    public static Javalin create(Lms lms, Identities identities) {
        return create(lms, identities, MetricsRoutes.registry());
    }

    /**
     * The API over {@code lms}; {@code GET /metrics} serves {@code metrics}, which {@code lms} reports to when it was
     * built with {@link MetricsRoutes#wire}.
     */
    public static Javalin create(Lms lms, Identities identities, PrometheusMeterRegistry metrics) {
        ObjectMapper mapper = Json.mapper();
        Validator validator = VALIDATION.getValidator();
        RequestBodies bodies = new RequestBodies(mapper, validator);
        CertificationRoutes certification = new CertificationRoutes(lms.certification().grading(), bodies);
        AuditRoutes audit = new AuditRoutes(lms.audit());
        EventRoutes events = new EventRoutes(lms.events(), mapper);
        CaseStudyRoutes caseStudies = new CaseStudyRoutes(lms, bodies);
        QuizRoutes quizzes = new QuizRoutes(lms, bodies);
        // the demo's issuer keys live as long as the app: a host plugs its own key store in as SigningKeys
        OpenBadgeCredentials credentials = OpenBadgeCredentials.of(lms.certification().certificates(),
                InMemorySigningKeys.rsa(lms.certification().certificates().issuerId() + "/keys/"), lms.clock());
        CertificateRoutes certificates = new CertificateRoutes(lms, bodies, credentials);
        SeatRoutes seats = new SeatRoutes(lms, bodies);
        CompetencyRoutes competencies = new CompetencyRoutes(lms, bodies);
        FrameworkRoutes frameworks = new FrameworkRoutes(lms, bodies);
        RecruitmentRoutes recruitment = new RecruitmentRoutes(lms, bodies);
        AdaptiveRoutes adaptive = new AdaptiveRoutes(lms, bodies);
        SiteRoutes site = new SiteRoutes();

        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            SiteRoutes.configure(config);
            JettyProblems jettyProblems = new JettyProblems(mapper);
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyProblems.forServer()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyProblems.forServlets()));
            config.requestLogger.http((ctx, ms) ->
                    LOG.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms)));
            config.routes.before(ctx -> {
                if (!PUBLIC.contains(ctx.path()) && !SiteRoutes.isPublic(ctx.path())) {
                    identities.authenticate(ctx);
                }
            });
            config.routes.get("/health", ctx -> {
                Map<String, Object> health = new LinkedHashMap<>();
                health.put("status", "UP");
                health.put("storage", lms.storageCapabilities().name());
                health.put("persistent", lms.storageCapabilities().persistent());
                ctx.json(health);
            });
            config.routes.get("/api/me", ctx -> {
                Actor actor = Identities.actor(ctx);
                ctx.json(Map.of("id", actor.id().value(), "roles", actor.roles()));
            });
            certification.register(config.routes);
            caseStudies.register(config.routes);
            quizzes.register(config.routes);
            certificates.register(config.routes);
            seats.register(config.routes);
            competencies.register(config.routes);
            frameworks.register(config.routes);
            recruitment.register(config.routes);
            adaptive.register(config.routes);
            audit.register(config.routes);
            events.register(config.routes);
            new MetricsRoutes(metrics).register(config.routes);
            site.register(config.routes);
            Problems.register(config.routes);
        });
    }
}
