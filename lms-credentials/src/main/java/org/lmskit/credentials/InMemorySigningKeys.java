package org.lmskit.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keys generated in memory, for the demo and tests: lost when the process ends, so credentials signed by an
 * earlier run no longer verify. {@link #rotate()} makes a new signing key and keeps the old public keys.
 * A host in production implements {@link SigningKeys} over its own key store.
 */
public final class InMemorySigningKeys implements SigningKeys {
    private final String kidPrefix;
    private final JWSAlgorithm algorithm;
    private final List<JWK> keys = new ArrayList<>();

    private InMemorySigningKeys(String kidPrefix, JWSAlgorithm algorithm) {
        this.kidPrefix = Objects.requireNonNull(kidPrefix, "kidPrefix");
        this.algorithm = algorithm;
        rotate();
    }

    /** RSA 2048 keys signing RS256, the Open Badges 3.0 minimum; {@code kid}s are {@code kidPrefix} and a number. */
    public static InMemorySigningKeys rsa(String kidPrefix) {
        return new InMemorySigningKeys(kidPrefix, JWSAlgorithm.RS256);
    }

    /** P-256 keys signing ES256. */
    public static InMemorySigningKeys ec(String kidPrefix) {
        return new InMemorySigningKeys(kidPrefix, JWSAlgorithm.ES256);
    }

    /** A new signing key; earlier public keys stay in {@link #verificationKeys()}. Returns its {@code kid}. */
    public synchronized String rotate() {
        String kid = kidPrefix + (keys.size() + 1);
        try {
            JWK key = algorithm == JWSAlgorithm.RS256
                    ? new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(algorithm).generate()
                    : new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(algorithm).generate();
            keys.add(key);
            return kid;
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a " + algorithm + " key", e);
        }
    }

    @Override
    public synchronized JWK signingKey() {
        return keys.get(keys.size() - 1);
    }

    @Override
    public synchronized JWKSet verificationKeys() {
        return new JWKSet(List.copyOf(keys)).toPublicJWKSet();
    }
}
