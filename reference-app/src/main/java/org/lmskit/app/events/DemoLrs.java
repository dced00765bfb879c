package org.lmskit.app.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.Lms;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.OutboxSettings;
import org.lmskit.xapi.StatementFile;
import org.lmskit.xapi.StatementSink;
import org.lmskit.xapi.XapiPublisher;
import org.lmskit.xapi.XapiSettings;
import org.lmskit.xapi.XapiStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the app delivers events: through the outbox (recorded with each change, delivered at least once by the relay),
 * turned into xAPI statements written to a file (JSON Lines) or, without one, to the log: the demo's "LRS".
 */
public final class DemoLrs {
    private static final Logger LOG = LoggerFactory.getLogger("org.lmskit.app.lrs");
    /** The demo LMS's home page: learners are xAPI accounts on it. */
    public static final URI HOME_PAGE = URI.create("https://lmskit.example.org");

    private DemoLrs() {
    }

    /** Statements to {@code file}, or logged when empty. */
    public static StatementSink sink(Optional<Path> file) {
        return file.<StatementSink>map(StatementFile::new).orElseGet(() -> DemoLrs::log);
    }

    /** Turns the outbox on for relay {@code node}, delivering xAPI statements to {@code sink}. */
    public static Lms.Builder wire(Lms.Builder builder, String node, StatementSink sink) {
        return wirePublisher(builder, node, new XapiPublisher(new XapiStatements(XapiSettings.of(HOME_PAGE)), sink));
    }

    /** Turns the outbox on for relay {@code node}, delivering to {@code publisher}. */
    public static Lms.Builder wirePublisher(Lms.Builder builder, String node, EventPublisher publisher) {
        return builder.outbox(OutboxSettings.ofDefaults().withNode(node)).eventPublisher(publisher);
    }

    private static void log(List<ObjectNode> statements) {
        statements.forEach(s -> LOG.info("xAPI {}", s));
    }
}
