package org.lmskit.core.id;

/** Identifies a company; 1 to 100 printable characters. */
public record CompanyId(String value) {
    public CompanyId {
        Identifiers.check("companyId", value);
    }

    public static CompanyId of(String value) {
        return new CompanyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
