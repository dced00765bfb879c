package org.lmskit.app;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import org.lmskit.app.events.DemoLrs;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.lmskit.app.http.Identities;
import org.lmskit.app.metrics.MetricsRoutes;
import org.lmskit.core.event.EventRelay;
import org.lmskit.core.Lms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the reference app: {@code mvn -pl reference-app exec:java} (see the README). */
public final class ReferenceApp {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceApp.class);

    private ReferenceApp() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J like everything else
        System.setProperty("org.jboss.logging.provider", "slf4j");
        AppSettings settings;
        try {
            settings = AppSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.help()) {
            LOG.info(AppSettings.USAGE);
            return;
        }
        Storages storages = new Storages(settings);
        // events go through the outbox: recorded with each change, delivered as xAPI statements by the relay's thread
        String node = "app-" + ProcessHandle.current().pid();
        PrometheusMeterRegistry metrics = MetricsRoutes.registry();
        Lms lms = DemoLrs.wire(DemoData.wire(MetricsRoutes.wire(Lms.builder().storage(storages.storage()), metrics)),
                node, DemoLrs.sink(settings.xapiFile())).build();
        EventRelay relay = lms.events().relay().orElseThrow();
        relay.start();
        if (DemoData.isLoaded(lms)) {
            LOG.info("existing data found in {} storage: what is there is kept, and the demo data is not loaded again",
                    lms.storageCapabilities().name());
        } else {
            LOG.info("empty storage: loading the demo data");
        }
        DemoData.load(lms, storages.storage());
        settings.xapiFile().ifPresent(f -> LOG.info("xAPI statements of delivered events go to {}", f));
        Javalin app;
        try {
            app = HttpApi.create(lms, new Identities(DemoData.TOKENS), metrics).start(settings.port());
        } catch (JavalinBindException portTaken) {
            LOG.error("port {} is in use by another program: choose another with --port N or LMSKIT_PORT=N",
                    settings.port());
            relay.close();
            storages.close();
            System.exit(2);
            return;
        }
        LOG.info("lmskit reference app listening on http://localhost:{} (try GET /health)", app.port());

        // SIGTERM and Ctrl-C run this hook: stop taking requests, then close the storage cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: finishing requests, then closing storage");
            app.stop();
            relay.close();
            storages.close();
        }, "lmskit-shutdown"));
    }
}
