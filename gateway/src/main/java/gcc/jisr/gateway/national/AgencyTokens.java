package gcc.jisr.gateway.national;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWTParser;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.AgencyCode;
import gcc.jisr.routes.agency.AgencyCaller;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agencies' OAuth 2.0 client-credentials tokens, validated as a resource server does: the issuer must be one of the
 * states' identity providers configured here, the signature must verify with a key of that provider's JWKS (Spring
 * Security's Nimbus decoder, which caches the keys), the token must be unexpired and name this gateway as audience.
 * The agency is the configured claim, the state the provider's.
 * <p>
 * A token is validated once and then remembered by its exact text until it expires, so that an agency system sending
 * the same token with every call costs a map lookup, not a signature verification.
 */
final class AgencyTokens {

    private record Validated(AgencyCaller caller, Instant expiresAt) {
    }

    private record Issuer(NationalApiProperties.TokenIssuer settings, GccState state, JwtDecoder decoder) {
    }

    private final Map<String, Issuer> issuers = new HashMap<>();
    private final Cache<String, Validated> validated;
    private final Clock clock;

    AgencyTokens(List<NationalApiProperties.TokenIssuer> settings, int cacheSize, Clock clock) {
        this.clock = clock;
        for (NationalApiProperties.TokenIssuer issuer : settings) {
            GccState state = GccState.fromCode(issuer.state().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("jisr.national.token-issuers: " + issuer.state() + " is not a GCC state"));
            issuers.put(issuer.issuerUri().toString(), new Issuer(issuer, state, decoder(issuer)));
        }
        this.validated = Caffeine.newBuilder().maximumSize(cacheSize)
                .expireAfter(new Expiry<String, Validated>() {
                    @Override
                    public long expireAfterCreate(String token, Validated value, long now) {
                        return Math.max(0, Duration.between(clock.instant(), value.expiresAt()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String token, Validated value, long now, long current) {
                        return current;
                    }

                    @Override
                    public long expireAfterRead(String token, Validated value, long now, long current) {
                        return current;
                    }
                }).build();
    }

    boolean configured() {
        return !issuers.isEmpty();
    }

    /** The agency a bearer token authenticates, or a refusal saying why not. */
    AgencyCaller authenticate(String token) {
        Validated known = validated.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expiresAt())) {
            return known.caller();
        }
        Issuer issuer = issuers.get(unverifiedIssuer(token));
        if (issuer == null) {
            throw new JisrException(JisrError.TOKEN_INVALID, "the token's issuer is not an identity provider this gateway trusts");
        }
        Jwt jwt;
        try {
            jwt = issuer.decoder().decode(token);
        } catch (JwtException e) {
            throw new JisrException(JisrError.TOKEN_INVALID, "the token was refused: " + e.getMessage(), e);
        }
        String agency;
        try {
            agency = AgencyCode.require(jwt.getClaimAsString(issuer.settings().agencyClaim()));
        } catch (IllegalArgumentException e) {
            throw new JisrException(JisrError.TOKEN_INVALID, "the token's claim " + issuer.settings().agencyClaim()
                    + " names no agency code", e);
        }
        AgencyCaller caller = new AgencyCaller(issuer.state(), agency, "token of " + issuer.settings().issuerUri());
        Instant expiresAt = jwt.getExpiresAt() == null ? clock.instant() : jwt.getExpiresAt();
        validated.put(token, new Validated(caller, expiresAt));
        return caller;
    }

    private static String unverifiedIssuer(String token) {
        try {
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return issuer == null ? "" : issuer;
        } catch (ParseException e) {
            throw new JisrException(JisrError.TOKEN_INVALID, "the bearer token is not a JWT", e);
        }
    }

    /** Keys are fetched at the first token, not at start: a gateway whose identity provider is down still starts. */
    private JwtDecoder decoder(NationalApiProperties.TokenIssuer issuer) {
        String issuerUri = issuer.issuerUri().toString();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = issuer.jwkSetUri() != null
                    ? NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri().toString())
                            .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
                                    org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256,
                                    org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.ES256)))
                            .build()
                    : (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuerUri);
            OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(issuer.audience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token is not for " + issuer.audience(), null));
            OAuth2TokenValidator<Jwt> expiry = jwt -> jwt.getExpiresAt() != null ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token has no expiry", null));
            JwtTimestampValidator timestamps = new JwtTimestampValidator(issuer.clockSkew());
            timestamps.setClock(clock);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuerUri), audience, expiry));
            return decoder;
        });
    }
}
