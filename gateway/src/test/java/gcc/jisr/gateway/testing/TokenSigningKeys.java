package gcc.jisr.gateway.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.Map;
import java.util.UUID;

/**
 * The keys of a test identity provider: the P-256 key it publishes in its JWKS and signs its tokens with, and a
 * stranger's key that signs tokens which look right but that no relying party should accept.
 */
public final class TokenSigningKeys {

    private final ECKey published;
    private final ECKey stranger;

    private TokenSigningKeys(ECKey published, ECKey stranger) {
        this.published = published;
        this.stranger = stranger;
    }

    public static TokenSigningKeys generate() {
        try {
            return new TokenSigningKeys(new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate(),
                    new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate());
        } catch (Exception e) {
            throw new IllegalStateException("no P-256 key", e);
        }
    }

    /** The JWKS document the provider serves: its public key only. */
    public Map<String, Object> jwks() {
        return new JWKSet(published.toPublicJWK()).toJSONObject();
    }

    /** An ES256 token signed with the published key. */
    public String signed(JWTClaimsSet claims) throws Exception {
        return sign(published, claims);
    }

    /** The same token signed with a key the provider never published. */
    public String forged(JWTClaimsSet claims) throws Exception {
        return sign(stranger, claims);
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
