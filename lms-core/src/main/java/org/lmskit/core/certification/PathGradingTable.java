package org.lmskit.core.certification;

import org.lmskit.core.id.PathId;

/**
 * The table a path grades with.
 *
 * @param version 0 when the path has no table of its own and uses {@link GradingTable#ofDefaults()};
 *                otherwise the stored version to name when changing it
 */
public record PathGradingTable(PathId pathId, GradingTable table, long version) {
    /** Whether the path uses the default table (none was stored for it). */
    public boolean isDefault() {
        return version == 0;
    }
}
