package org.lmskit.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmskit.app.events.DemoLrs;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.Json;
import org.lmskit.core.Lms;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditQuery;

/**
 * The real app with its demo data on a real port, on either storage: in memory, or a fresh database of one
 * embedded PostgreSQL shared by the whole test run. For suites that send many requests and need the
 * storage beside the HTTP answers.
 */
final class LiveApp implements AutoCloseable {
    enum Kind { IN_MEMORY, POSTGRES }

    private static final ObjectMapper JSON = Json.mapper();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    final Kind kind;
    final StorageProvider storage;
    final Lms lms;
    /** The xAPI statements of the events the relay delivered: {@code lms.events().relay()} is drained by the tests. */
    final List<com.fasterxml.jackson.databind.node.ObjectNode> statements =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LiveApp(Kind kind, StorageProvider storage) {
        this.kind = kind;
        this.storage = storage;
        // as the app runs: events through the outbox, delivered as xAPI statements (here kept in a list)
        io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics = org.lmskit.app.metrics.MetricsRoutes.registry();
        this.lms = DemoLrs.wire(DemoData.wire(org.lmskit.app.metrics.MetricsRoutes.wire(Lms.builder().storage(storage)
                        .clock(Clock.fixed(AppFixture.NOW, ZoneOffset.UTC)), metrics)), "live-app",
                (org.lmskit.xapi.StatementSink) statements::addAll).build();
        DemoData.load(lms, storage);
        this.app = HttpApi.create(lms, new Identities(DemoData.TOKENS), metrics).start(0);
    }

    static LiveApp start(Kind kind) {
        return new LiveApp(kind, kind == Kind.IN_MEMORY ? InMemoryStorage.create() : freshDatabase());
    }

    static List<Kind> kinds() {
        return List.of(Kind.IN_MEMORY, Kind.POSTGRES);
    }

    private static synchronized StorageProvider freshDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the run is over
                    }
                }));
            }
            String name = "app_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return JdbcStorage.builder().jdbcUrl(postgres.getJdbcUrl("postgres", name)).username("postgres")
                    .maximumPoolSize(8).migrate(true).build();
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare a PostgreSQL database", e);
        }
    }

    /** Every route the app registered, as {@code METHOD path-template}; a new route is covered without being listed. */
    List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> new Route(e.endpoint.method.name(), e.endpoint.path))
                .filter(r -> List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(r.method()))
                .distinct().toList();
    }

    record Route(String method, String path) {
        boolean takesBody() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Answer(int status, String contentType, String text, Duration took) {
        JsonNode json() {
            try {
                return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    Answer send(String method, String rawPath, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + rawPath))
                .timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        request.method(method, publisher);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedUnderUs) {
                // the client reused a connection the server had just closed after a 400: send once more
                start = System.nanoTime();
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new AssertionError(method + " " + rawPath + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Answer json(String method, String rawPath, String token, String body) {
        return send(method, rawPath, token, "application/json", body);
    }

    int port() {
        return app.port();
    }

    /** How many entries the audit trail holds: a refused request adds none. */
    long audited() {
        return storage.auditTrail().find(AuditQuery.all().page(0, 1)).total();
    }

    @Override
    public void close() {
        app.stop();
        try {
            storage.close();
        } catch (Exception ignored) {
            // nothing left to do
        }
    }
}
