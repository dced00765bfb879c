package org.lmskit.app;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.lmskit.app.events.DemoLrs;
import org.lmskit.app.metrics.MetricsRoutes;
import org.lmskit.app.http.Identities;
import org.lmskit.core.Lms;
import org.lmskit.inmemory.InMemoryStorage;

/** The real app on in-memory storage with the demo data, at a fixed instant. */
final class AppFixture {
    static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

    private AppFixture() {
    }

    static void run(Consumer<Http> test) {
        InMemoryStorage storage = InMemoryStorage.create();
        PrometheusMeterRegistry metrics = MetricsRoutes.registry();
        Lms lms = DemoLrs.wire(DemoData.wire(MetricsRoutes.wire(
                        Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)), metrics)),
                "app-fixture", (org.lmskit.xapi.StatementSink) statements -> { }).build();
        DemoData.load(lms, storage);
        Javalin app = HttpApi.create(lms, new Identities(DemoData.TOKENS), metrics);
        JavalinTest.test(app, (server, client) -> test.accept(new Http(client)));
    }
}
