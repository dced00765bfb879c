package org.lmskit.core.id;

/** Identifies a follow-up card (fiche SAR); 1 to 100 printable characters. */
public record CardId(String value) {
    public CardId {
        Identifiers.check("cardId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CardId of(String value) {
        return new CardId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
