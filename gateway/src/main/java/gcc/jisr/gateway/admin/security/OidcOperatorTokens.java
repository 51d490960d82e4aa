package gcc.jisr.gateway.admin.security;

import gcc.jisr.gateway.admin.OperatorRole;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The identity provider's access tokens as operators: signature by a key of the issuer's JWKS, issuer, expiry and
 * audience checked by Spring Security's Nimbus decoder; the roles read from one claim and mapped to Jisr's.
 */
final class OidcOperatorTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AdminOidcProperties oidc;

    OidcOperatorTokens(AdminOidcProperties oidc) {
        this.oidc = oidc;
    }

    /**
     * Discovery is done at the first token, not at start: a gateway whose identity provider is down still starts,
     * serves its partners, and lets the configured operators in.
     */
    JwtDecoder decoder() {
        String issuer = oidc.issuerUri().toString();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(oidc.clientId())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "the token is not for " + oidc.clientId(), null));
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
            return decoder;
        });
    }

    JwtAuthenticationProvider provider() {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder());
        provider.setJwtAuthenticationConverter(this);
        return provider;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<String> authorities = new TreeSet<>();
        for (String value : claimValues(jwt.getClaim(oidc.rolesClaim()))) {
            oidc.roleMapping().getOrDefault(value, Set.of()).stream().map(OperatorRole::authority).forEach(authorities::add);
        }
        String name = jwt.getClaimAsString(oidc.usernameClaim());
        List<GrantedAuthority> granted = authorities.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return new JwtAuthenticationToken(jwt, granted, name == null || name.isBlank() ? jwt.getSubject() : name);
    }

    private static Collection<String> claimValues(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
