package org.lmskit.spi.recruitment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A card's recruitment follow-up: start date, contract type and end, recruitment state (codes). */
public record RecruitmentRecord(LocalDate recruitedOn, String contractType, Optional<LocalDate> contractEnd,
                                String state) {
    public RecruitmentRecord {
        Objects.requireNonNull(recruitedOn, "recruitedOn");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(contractEnd, "contractEnd");
        Objects.requireNonNull(state, "state");
    }
}
