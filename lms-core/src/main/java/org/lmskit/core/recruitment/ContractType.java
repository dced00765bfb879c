package org.lmskit.core.recruitment;

/** The contract of a recruitment (seed 004, section 4); fixed-term and work-study contracts need an end date. */
public enum ContractType {
    FIXED_TERM("CDD", true),
    PERMANENT("CDI", false),
    PROFESSIONALISATION("Contrat de professionnalisation", true),
    APPRENTICESHIP("Contrat d'apprentissage", true);

    private final String label;
    private final boolean needsEndDate;

    ContractType(String label, boolean needsEndDate) {
        this.label = label;
        this.needsEndDate = needsEndDate;
    }

    /** The contract's French name as the seed writes it (CDD, CDI, ...). */
    public String label() {
        return label;
    }

    /** Whether a recruitment on this contract needs an end date. */
    public boolean needsEndDate() {
        return needsEndDate;
    }
}
