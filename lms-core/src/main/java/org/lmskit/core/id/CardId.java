package org.lmskit.core.id;

/** Identifies a follow-up card (fiche SAR); 1 to 100 printable characters. */
public record CardId(String value) {
    public CardId {
        Identifiers.check("cardId", value);
    }

    public static CardId of(String value) {
        return new CardId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
