package org.lmskit.credentials;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * The issuer's keys, which the host provides (a key store, a KMS, a vault). {@link #signingKey()} signs new
 * credentials; {@link #verificationKeys()} holds its public half and every earlier key still trusted, so a
 * credential signed before a rotation keeps verifying. Each key has a {@code kid} (a URI a verifier can
 * dereference to it, Open Badges 3.0 says) and an algorithm: RSA keys sign RS256, P-256 keys ES256.
 */
public interface SigningKeys {
    /** The private key new credentials are signed with. */
    JWK signingKey();

    /** The public keys a verifier may trust, current and earlier; never a private part. */
    JWKSet verificationKeys();
}
