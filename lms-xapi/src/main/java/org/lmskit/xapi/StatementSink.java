package org.lmskit.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where statements go: the host's LRS client ({@code POST /statements} with {@code X-Experience-API-Version: 1.0.3}),
 * a queue, or {@link StatementFile}. Throwing tells the outbox relay the event was not delivered: it is tried again,
 * and the statements keep their ids, so an LRS that already stored them answers without storing them twice.
 */
@FunctionalInterface
public interface StatementSink {
    void send(List<ObjectNode> statements);
}
