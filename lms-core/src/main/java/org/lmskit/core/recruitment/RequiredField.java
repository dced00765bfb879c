package org.lmskit.core.recruitment;

/** A part of the card a result makes mandatory (seed 004: "doit être obligatoirement renseigné"). */
public enum RequiredField {
    /** "Après entretien - profil jugé non employable": at least one cause. */
    REJECTION_CAUSES("rejectionCauses"),
    /** "Recrutement": date, contract type (and end for CDD and work-study), state. */
    RECRUITMENT("recruitment");

    private final String field;

    RequiredField(String field) {
        this.field = field;
    }

    /** The card field a refusal names. */
    public String field() {
        return field;
    }
}
