package org.lmskit.core.certification;

/**
 * Where a certificate's Open Badges credential stands, for a verifier holding one (looked up by the
 * credential's certificate and its {@code validFrom}).
 */
public enum CredentialStatus {
    /** The certificate holds and this is its current document. */
    ACTIVE,
    /** The certificate was revoked: the learner no longer holds the level. */
    REVOKED,
    /** The certificate was regenerated or re-levelled since: a newer credential replaces this one. */
    SUPERSEDED,
    /** No certificate of this issuer has this id. */
    UNKNOWN
}
