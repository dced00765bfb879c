package org.lmskit.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lmskit.core.certification.CertificateService;
import org.lmskit.core.certification.CredentialStatus;
import org.lmskit.core.domain.Texts;
import org.lmskit.credentials.Verification.Failure;

/**
 * Open Badges 3.0 credentials secured as VC-JWT (the specification's "JSON Web Token Proof Format"): the JWT
 * payload is the {@code OpenBadgeCredential} itself with the claims {@code iss} = {@code issuer.id}, {@code jti}
 * = {@code id}, {@code nbf} = {@code validFrom}, {@code sub} = {@code credentialSubject.id} and, when the
 * credential has a {@code validUntil}, {@code exp}; the JOSE header is exactly {@code alg} (RS256 or ES256, from
 * the key), {@code kid} and {@code typ} = {@code JWT}. Signing and verifying go through Nimbus JOSE + JWT, never
 * hand-rolled crypto. Verification checks the signature against the issuer's keys, the claims against the
 * credential, the dates against the clock, then asks the issuer whether the certificate still stands.
 */
public final class OpenBadgeCredentials {
    /** The media type of a credential secured as a JWT (W3C VC-JOSE-COSE). */
    public static final String MEDIA_TYPE = "application/vc+jwt";
    /** The longest token accepted for verification; a credential is a few kilobytes. */
    public static final int MAX_TOKEN_LENGTH = 64 * 1024;

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final SigningKeys keys;
    private final String issuerId;
    private final Clock clock;
    private final Function<String, CredentialStatus> status;

    /**
     * @param issuerId the issuer's id, as in the credentials' {@code issuer.id}
     * @param status where a credential stands, by its {@code id} (revoked, superseded...)
     */
    public OpenBadgeCredentials(SigningKeys keys, String issuerId, Clock clock, Function<String, CredentialStatus> status) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Credentials of the library's certificates: its issuer id and its revocation lookup. */
    public static OpenBadgeCredentials of(CertificateService certificates, SigningKeys keys, Clock clock) {
        return new OpenBadgeCredentials(keys, certificates.issuerId(), clock, certificates::credentialStatus);
    }

    /** The credential (as {@code CertificateService#openBadge} exports it) signed as a compact JWS. */
    public String sign(Map<String, Object> credential) {
        JWK key = keys.signingKey();
        JWSAlgorithm algorithm = algorithmOf(key);
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
            credential.forEach(claims::claim);
            claims.issuer(string(map(credential.get("issuer")).get("id")))
                    .jwtID(string(credential.get("id")))
                    .notBeforeTime(Date.from(Instant.parse(string(credential.get("validFrom")))))
                    .subject(string(map(credential.get("credentialSubject")).get("id")));
            if (credential.get("validUntil") != null) {
                claims.expirationTime(Date.from(Instant.parse(string(credential.get("validUntil")))));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(signer(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with key " + key.getKeyID(), e);
        }
    }

    /** The issuer's public keys as a JWK Set, to publish: a verifier dereferences a {@code kid} there. */
    public Map<String, Object> jwks() {
        return keys.verificationKeys().toPublicJWKSet().toJSONObject(true);
    }

    /**
     * Whether {@code token} is a valid credential of this issuer now, and why not when it is not.
     *
     * @throws org.lmskit.core.error.InvalidInputException naming {@code credential} when the token is missing, longer
     *         than {@value #MAX_TOKEN_LENGTH} characters or holds control characters: that is not a credential to judge
     */
    public Verification verify(String token) {
        Texts.line("credential", token, MAX_TOKEN_LENGTH);
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token.strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Verification.invalid(Failure.MALFORMED, "the credential is not a compact JWS: " + e.getMessage());
        }
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm()) || header.getKeyID() == null) {
            return Verification.invalid(Failure.UNSUPPORTED_ALGORITHM, "signed with " + header.getAlgorithm()
                    + (header.getKeyID() == null ? " and no kid" : "") + "; this issuer signs RS256 or ES256 with a kid");
        }
        JWK key = keys.verificationKeys().getKeyByKeyId(header.getKeyID());
        if (key == null || !algorithmOf(key).equals(header.getAlgorithm())) {
            return Verification.invalid(Failure.UNKNOWN_KEY, "no " + header.getAlgorithm() + " key of this issuer has kid '"
                    + header.getKeyID() + "'");
        }
        try {
            if (!jwt.verify(verifier(key))) {
                return Verification.invalid(Failure.BAD_SIGNATURE, "the signature does not match the credential");
            }
        } catch (JOSEException e) {
            return Verification.invalid(Failure.BAD_SIGNATURE, "the signature could not be checked: " + e.getMessage());
        }
        return checkClaims(claims);
    }

    private Verification checkClaims(JWTClaimsSet claims) {
        Map<String, Object> credential = new LinkedHashMap<>(claims.toJSONObject());
        Object issuer = credential.get("issuer");
        Object subject = credential.get("credentialSubject");
        if (!(issuer instanceof Map) || !(subject instanceof Map) || !(credential.get("id") instanceof String)
                || !(credential.get("validFrom") instanceof String)) {
            return Verification.invalid(Failure.MALFORMED, "the payload is not an OpenBadgeCredential (issuer, "
                    + "credentialSubject, id and validFrom are required)");
        }
        if (!issuerId.equals(claims.getIssuer()) || !issuerId.equals(((Map<?, ?>) issuer).get("id"))) {
            return Verification.invalid(Failure.WRONG_ISSUER, "issued by '" + claims.getIssuer() + "', not by '"
                    + issuerId + "'");
        }
        Instant validFrom;
        try {
            validFrom = Instant.parse((String) credential.get("validFrom"));
        } catch (DateTimeParseException e) {
            return Verification.invalid(Failure.MALFORMED, "validFrom is not a date-time");
        }
        if (!credential.get("id").equals(claims.getJWTID())
                || claims.getSubject() == null || !claims.getSubject().equals(((Map<?, ?>) subject).get("id"))
                || claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().equals(validFrom)) {
            return Verification.invalid(Failure.CLAIMS_MISMATCH, "jti, sub and nbf must be the credential's id, "
                    + "subject id and validFrom");
        }
        Instant now = clock.instant();
        if (validFrom.isAfter(now)) {
            return Verification.invalid(Failure.NOT_YET_VALID, "valid from " + validFrom);
        }
        if (claims.getExpirationTime() != null && !claims.getExpirationTime().toInstant().isAfter(now)) {
            return Verification.invalid(Failure.EXPIRED, "expired at " + claims.getExpirationTime().toInstant());
        }
        CredentialStatus standing = status.apply(claims.getJWTID());
        switch (standing) {
            case REVOKED:
                return Verification.invalid(Failure.REVOKED, "the certificate was revoked");
            case SUPERSEDED:
                return Verification.invalid(Failure.SUPERSEDED, "the certificate was regenerated since; ask for its "
                        + "current credential");
            case UNKNOWN:
                return Verification.invalid(Failure.UNKNOWN_CREDENTIAL, "the issuer has no certificate for this credential");
            default:
                break;
        }
        for (String claim : new String[] {"iss", "jti", "nbf", "sub", "exp"}) {
            credential.remove(claim);
        }
        return Verification.valid(credential);
    }

    private static JWSAlgorithm algorithmOf(JWK key) {
        if (key instanceof RSAKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECKey ec && com.nimbusds.jose.jwk.Curve.P_256.equals(ec.getCurve())) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalArgumentException("key " + key.getKeyID() + " is neither RSA nor EC P-256");
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
    }

    private static Map<?, ?> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("the credential lacks an object where Open Badges requires one");
    }

    private static String string(Object value) {
        return Optional.ofNullable(value).map(Object::toString)
                .orElseThrow(() -> new IllegalArgumentException("the credential lacks a required member"));
    }
}
