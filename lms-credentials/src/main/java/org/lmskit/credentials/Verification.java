package org.lmskit.credentials;

import java.util.Map;
import java.util.Optional;

/**
 * The answer to "is this credential valid?": valid, or the first reason it is not.
 *
 * @param failure why it is not valid; empty when it is
 * @param reason the failure in one sentence, for a person; empty text when valid
 * @param credential the credential read from the token, once its signature verified
 */
public record Verification(Optional<Failure> failure, String reason, Optional<Map<String, Object>> credential) {
    /** Why a credential is refused, in the order they are checked. */
    public enum Failure {
        /** Not a compact JWS, or its payload is not a credential. */
        MALFORMED,
        /** Signed with an algorithm other than RS256 or ES256, or without a {@code kid}. */
        UNSUPPORTED_ALGORITHM,
        /** Its {@code kid} names no key of this issuer. */
        UNKNOWN_KEY,
        /** The signature does not match the payload and the key. */
        BAD_SIGNATURE,
        /** {@code iss} or {@code issuer.id} is not this issuer, or they differ. */
        WRONG_ISSUER,
        /** {@code jti}, {@code sub} or {@code nbf} disagree with the credential's {@code id}, subject or {@code validFrom}. */
        CLAIMS_MISMATCH,
        /** {@code nbf} is still to come. */
        NOT_YET_VALID,
        /** {@code exp} has passed. */
        EXPIRED,
        /** The certificate was revoked. */
        REVOKED,
        /** The certificate was regenerated or re-levelled: a newer credential replaces this one. */
        SUPERSEDED,
        /** The issuer has no certificate for this credential. */
        UNKNOWN_CREDENTIAL
    }

    static Verification valid(Map<String, Object> credential) {
        return new Verification(Optional.empty(), "", Optional.of(credential));
    }

    static Verification invalid(Failure failure, String reason) {
        return new Verification(Optional.of(failure), reason, Optional.empty());
    }

    /** Whether the credential is valid. */
    public boolean valid() {
        return failure.isEmpty();
    }
}
