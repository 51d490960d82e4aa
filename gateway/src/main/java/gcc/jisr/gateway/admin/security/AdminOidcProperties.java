package gcc.jisr.gateway.admin.security;

import gcc.jisr.gateway.admin.OperatorRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Operators signed in at the state's identity provider ({@code jisr.admin.oidc.*}), off by default: the admin API then
 * also takes {@code Authorization: Bearer <token>} with a JWT access token issued by {@code issuer-uri} (keys from its
 * OpenID discovery document and JWKS), for audience {@code client-id}. The roles come from the claim
 * {@code roles-claim} (a string or a list of strings), each value mapped by {@code role-mapping} to Jisr roles; values
 * not mapped give no role, and a token that gives no role is refused every call (403 JISR-403-ROLE). Operators
 * configured in {@code jisr.admin.users} keep working beside it.
 *
 * @param usernameClaim the claim that names the operator in the audit trail ({@code sub} when the token lacks it)
 * @param roleMapping   claim value to roles, e.g. {@code jisr-auditors: [AUDITOR]}
 */
@Validated
@ConfigurationProperties("jisr.admin.oidc")
public record AdminOidcProperties(
        @DefaultValue("false") boolean enabled,
        URI issuerUri,
        String clientId,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue Map<String, Set<OperatorRole>> roleMapping) {

    public AdminOidcProperties {
        if (enabled && (issuerUri == null || clientId == null || clientId.isBlank())) {
            throw new IllegalArgumentException("jisr.admin.oidc.enabled needs jisr.admin.oidc.issuer-uri and "
                    + "jisr.admin.oidc.client-id (docs/operators.md)");
        }
        roleMapping = Map.copyOf(roleMapping);
    }
}
