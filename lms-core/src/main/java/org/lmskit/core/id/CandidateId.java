package org.lmskit.core.id;

/** Identifies a candidate of the recruitment pool; 1 to 100 printable characters. */
public record CandidateId(String value) {
    public CandidateId {
        Identifiers.check("candidateId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CandidateId of(String value) {
        return new CandidateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
