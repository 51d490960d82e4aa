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
 * @param grants               what each agency may call
 * @param rateLimits           how often each agency may call, this state's own agencies included
 */
@Validated
@ConfigurationProperties("jisr.national")
public record NationalApiProperties(
        @DefaultValue @Valid Tls tls,
        @DefaultValue List<@Valid TokenIssuer> tokenIssuers,
        @DefaultValue("10000") int tokenCache,
        @DefaultValue Map<String, List<String>> developmentAgencies,
        @DefaultValue List<@Valid AgencyGrant> grants,
        @DefaultValue List<@Valid AgencyRateLimit> rateLimits) {

    /**
     * What agencies may call: services, and for civil-ID verification the purposes. Grants add up; an agency no grant
     * names is refused (JISR-403-AGENCY-NOT-GRANTED, JISR-403-PURPOSE-NOT-GRANTED). Which attributes it then sees is
     * the disclosure policy's ({@code jisr.disclosure}).
     *
     * @param state    the agencies' state, or "*"
     * @param agency   an agency code, or "*"
     * @param services GCC service names, or "*"
     * @param purposes purpose codes for civil-ID verification; empty: any purpose
     */
    public record AgencyGrant(@DefaultValue("*") @NotBlank String state, @DefaultValue("*") @NotBlank String agency,
                              @NotEmpty List<String> services, @DefaultValue List<String> purposes) {
    }

    /**
     * How often each agency may call a service: a token bucket per agency and service, shared by every node; the
     * most specific limit that matches applies (state, agency and service named first).
     */
    public record AgencyRateLimit(@DefaultValue("*") @NotBlank String state, @DefaultValue("*") @NotBlank String agency,
                                  @DefaultValue("*") @NotBlank String service,
                                  @jakarta.validation.constraints.Min(1) int capacity,
                                  @jakarta.validation.constraints.DecimalMin(value = "0.0", inclusive = false) double perSecond) {
    }

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
