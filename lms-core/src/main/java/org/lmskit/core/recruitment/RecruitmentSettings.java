package org.lmskit.core.recruitment;

import java.util.Objects;
import java.util.Set;
import org.lmskit.core.id.UserId;

/**
 * How the recruitment capability is set up: the result table and who stands for the commission
 * ("Aide aux Actions de Recrutement"), copied on non-response notifications.
 */
public record RecruitmentSettings(ResultTable resultTable, Set<UserId> commission) {
    public RecruitmentSettings {
        Objects.requireNonNull(resultTable, "resultTable");
        commission = Set.copyOf(Objects.requireNonNull(commission, "commission"));
    }

    /** The seed's table; nobody copied. */
    public static RecruitmentSettings ofDefaults() {
        return new RecruitmentSettings(ResultTable.seed(), Set.of());
    }

    /** The same settings with {@code members} standing for the commission. */
    public RecruitmentSettings withCommission(Set<UserId> members) {
        return new RecruitmentSettings(resultTable, members);
    }
}
