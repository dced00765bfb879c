package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.List;
import org.lmskit.spi.Required;

/**
 * A competency framework imported from an IMS CASE package: its document's identifier (a lower-case UUID), title,
 * creator and description, when it was last imported, and its nodes in the package's order.
 */
public record FrameworkRecord(String frameworkId, String title, String creator, String description,
                              Instant changedAt, List<FrameworkNodeRecord> nodes, long version) {
    public FrameworkRecord {
        Required.fields("frameworkId title creator description changedAt nodes", frameworkId, title, creator,
                description, changedAt, nodes);
        nodes = List.copyOf(nodes);
    }

    public FrameworkRecord withVersion(long newVersion) {
        return new FrameworkRecord(frameworkId, title, creator, description, changedAt, nodes, newVersion);
    }
}
