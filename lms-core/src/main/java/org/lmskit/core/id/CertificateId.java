package org.lmskit.core.id;

/** Identifies a certificate; 1 to 100 printable characters. */
public record CertificateId(String value) {
    public CertificateId {
        Identifiers.check("certificateId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CertificateId of(String value) {
        return new CertificateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
