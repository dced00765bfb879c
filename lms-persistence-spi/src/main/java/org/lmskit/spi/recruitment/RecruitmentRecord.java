package org.lmskit.spi.recruitment;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.spi.Required;

/** A card's recruitment follow-up: start date, contract type and end, recruitment state (codes). */
public record RecruitmentRecord(LocalDate recruitedOn, String contractType, Optional<LocalDate> contractEnd,
                                String state) {
    public RecruitmentRecord {
        Required.fields("recruitedOn contractType contractEnd state", recruitedOn, contractType, contractEnd, state);
    }
}
