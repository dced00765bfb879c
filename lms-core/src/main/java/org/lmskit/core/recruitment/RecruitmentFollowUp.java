package org.lmskit.core.recruitment;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.internal.Checks;

/**
 * Section 4 of a card, "Suivi recrutement": the contract's start, type, end (required for fixed-term
 * and work-study contracts, after the start) and the recruitment's state.
 */
public record RecruitmentFollowUp(LocalDate recruitedOn, ContractType contractType, Optional<LocalDate> contractEnd,
                                  RecruitmentState state) {
    public RecruitmentFollowUp {
        Checks checks = new Checks();
        checks.date("recruitment.recruitedOn", recruitedOn);
        checks.required("recruitment.contractType", contractType);
        checks.required("recruitment.state", state);
        contractEnd = contractEnd == null ? Optional.empty() : contractEnd;
        checks.optionalDate("recruitment.contractEnd", contractEnd);
        if (contractType != null && contractType.needsEndDate() && contractEnd.isEmpty()) {
            checks.fail("recruitment.contractEnd", "is required for a " + contractType.label() + " contract");
        }
        if (contractType != null && !contractType.needsEndDate() && contractEnd.isPresent()) {
            checks.fail("recruitment.contractEnd", "a " + contractType.label() + " contract has no end date");
        }
        if (recruitedOn != null && contractEnd.filter(end -> end.isBefore(recruitedOn)).isPresent()) {
            checks.fail("recruitment.contractEnd", "must not precede the recruitment date");
        }
        checks.throwIfAny();
    }
}
