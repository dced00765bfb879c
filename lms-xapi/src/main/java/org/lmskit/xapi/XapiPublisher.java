package org.lmskit.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lmskit.core.event.EventEnvelope;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.LmsEvent;

/**
 * An {@link EventPublisher} that turns events into statements and sends them to a {@link StatementSink}. Under the
 * outbox relay the statement ids derive from the event's stable id, so a redelivery sends the same statements;
 * without the outbox each event gets fresh ids. Events without a statement are skipped.
 */
public final class XapiPublisher implements EventPublisher {
    private final XapiStatements statements;
    private final StatementSink sink;

    public XapiPublisher(XapiStatements statements, StatementSink sink) {
        this.statements = Objects.requireNonNull(statements, "statements");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void publish(LmsEvent event) {
        send(statements.of(event, UUID.randomUUID().toString()));
    }

    @Override
    public void deliver(EventEnvelope envelope) {
        send(statements.of(envelope.event(), envelope.id()));
    }

    private void send(List<ObjectNode> mapped) {
        if (!mapped.isEmpty()) {
            sink.send(mapped);
        }
    }
}
