package org.lmskit.core.id;

/** Identifies a company; 1 to 100 printable characters. */
public record CompanyId(String value) {
    public CompanyId {
        Identifiers.check("companyId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CompanyId of(String value) {
        return new CompanyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
