package org.lmskit.core.id;

/** Identifies a certificate; 1 to 100 printable characters. */
public record CertificateId(String value) {
    public CertificateId {
        Identifiers.check("certificateId", value);
    }

    public static CertificateId of(String value) {
        return new CertificateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
