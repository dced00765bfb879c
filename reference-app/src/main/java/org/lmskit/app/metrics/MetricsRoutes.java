package org.lmskit.app.metrics;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.lmskit.app.http.Identities;
import org.lmskit.core.Lms;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.security.Role;
import org.lmskit.micrometer.MicrometerObserver;

/**
 * The demo's metrics: {@link #wire} makes lmskit report to a Prometheus registry, and {@code GET /metrics} returns
 * it as Prometheus text to an administrator's bearer token (Prometheus sends it with {@code authorization:
 * credentials}; docs/metrics.md). Metrics name no learner, but they are operational data: not public.
 */
public final class MetricsRoutes {
    /** Prometheus's text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** A registry with the JVM's memory, garbage collection and thread meters bound. */
    public static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        return registry;
    }

    /** Makes the library being built report its operations, refusals, daily job and relay to {@code registry}. */
    public static Lms.Builder wire(Lms.Builder builder, PrometheusMeterRegistry registry) {
        return builder.observer(MicrometerObserver.bindTo(registry));
    }

    public void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> {
            if (!Identities.actor(ctx).has(Role.ADMINISTRATOR)) {
                throw new PermissionDeniedException("metrics.read", "only an administrator reads the metrics");
            }
            ctx.contentType(CONTENT_TYPE).result(registry.scrape());
        });
    }
}
