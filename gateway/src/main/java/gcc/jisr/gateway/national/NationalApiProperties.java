package gcc.jisr.gateway.national;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The national API ({@code jisr.national.*}): the port agencies call (Spring's {@code server.port} and
 * {@code server.address}), how it is secured, and how agencies prove who they are.
 *
 * @param tls                  TLS on the national port; off only for development on loopback
 * @param tokenIssuers         the identity providers whose client-credentials tokens authenticate agencies
 * @param tokenCache           how many validated tokens are remembered (by their exact text) until they expire
 * @param developmentAgencies  agency credentials a development gateway issues itself, by state (docs/security.md)
 */
@Validated
@ConfigurationProperties("jisr.national")
public record NationalApiProperties(
        @DefaultValue @Valid Tls tls,
        @DefaultValue List<@Valid TokenIssuer> tokenIssuers,
        @DefaultValue("10000") int tokenCache,
        @DefaultValue Map<String, List<String>> developmentAgencies) {

    /**
     * @param enabled   TLS on the national port; the production profile refuses false off loopback
     * @param protocols the TLS versions offered; 1.2 stays for agency systems that cannot yet speak 1.3
     */
    public record Tls(@DefaultValue("true") boolean enabled,
                      @DefaultValue({"TLSv1.3", "TLSv1.2"}) @NotEmpty List<String> protocols) {
    }

    /**
     * One state's identity provider, as an OAuth 2.0 resource server knows it.
     *
     * @param state       whose agencies its tokens authenticate (ISO 3166 alpha-2)
     * @param issuerUri   the {@code iss} of its tokens; its discovery document names the JWKS unless jwkSetUri is set
     * @param jwkSetUri   where its signing keys are, when it publishes no discovery document
     * @param audience    the {@code aud} its tokens must name for this gateway, e.g. {@code jisr-kw}
     * @param agencyClaim the claim holding the agency code (Keycloak's client-credentials tokens: {@code azp})
     * @param clockSkew   how far the provider's clock may be from ours when expiry is judged
     */
    public record TokenIssuer(@NotBlank String state, @NotNull URI issuerUri, URI jwkSetUri, @NotBlank String audience,
                              @DefaultValue("azp") @NotBlank String agencyClaim,
                              @DefaultValue("30s") Duration clockSkew) {
    }
}
