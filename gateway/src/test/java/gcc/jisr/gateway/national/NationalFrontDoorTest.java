package gcc.jisr.gateway.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.gateway.testing.TokenSigningKeys;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.AgencyAuthority;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.Revocation;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The national API's front door of the Kuwaiti gateway, over real TLS: who may call (an agency system with a
 * certificate of its state's agency CA, or a bearer token of its state's identity provider), who is refused and with
 * which code, what stays public (the contracts), and which paths each port serves. The identity provider is a JDK HTTP
 * server on loopback publishing its JWKS; its tokens are signed here with Nimbus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jisr.state=KW")
@ExtendWith(OutputCaptureExtension.class)
class NationalFrontDoorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VALID = "285010100015";
    static final Path PKI = AgencyClients.DEFAULT_PKI;
    static final IdentityProvider KUWAITI_AGENCIES = IdentityProvider.start();
    /** An agency code of this test only: its certificate is revoked, no other test may need it. */
    static final String REVOKED_AGENCY = "FRONT-DOOR-REVOKED";

    @DynamicPropertySource
    static void tokenIssuer(DynamicPropertyRegistry registry) {
        registry.add("jisr.national.token-issuers[0].state", () -> "KW");
        registry.add("jisr.national.token-issuers[0].issuer-uri", KUWAITI_AGENCIES::issuer);
        registry.add("jisr.national.token-issuers[0].jwk-set-uri", () -> KUWAITI_AGENCIES.issuer() + "/certs");
        registry.add("jisr.national.token-issuers[0].audience", () -> "jisr-kw");
        registry.add("jisr.national.token-issuers[0].agency-claim", () -> "azp");
    }

    @AfterAll
    static void stopTheIdentityProvider() {
        KUWAITI_AGENCIES.server.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    SurfacePorts ports;

    // ------------------------------------------------------------------ certificates

    @Test
    void anAnonymousRestCallIsRefusedAsUnauthenticatedAndAudited(CapturedOutput output) throws Exception {
        HttpResponse<String> refused = verify(AgencyClients.anonymous(PKI), null, "SA", "JAWAZAT");

        assertProblem(refused, 401, "JISR-401-AGENCY-UNAUTHENTICATED");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(auditLines(output)).anySatisfy(line -> assertThat(line)
                .contains("refused=JISR-401-AGENCY-UNAUTHENTICATED", "POST /api/v1/civil-id/verifications"));
    }

    @Test
    void anAnonymousSoapCallIsRefusedWithAFaultOfThatCode() throws Exception {
        HttpResponse<String> fault = AgencyClients.anonymous(PKI).send(HttpRequest.newBuilder(national("/soap/CivilIdVerification"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:gcc:jisr:civil-id:v1:verify\"")
                .POST(HttpRequest.BodyPublishers.ofString(soapRequest("SA", "JAWAZAT"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(fault.statusCode()).isEqualTo(401);
        assertThat(fault.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(fault.body()).contains(">jisr:JISR-401-AGENCY-UNAUTHENTICATED</faultcode>",
                "<jisr:code>JISR-401-AGENCY-UNAUTHENTICATED</jisr:code>");
    }

    @Test
    void anAgencyNamingAnotherAgencyAsRequesterIsRefusedAndAudited(CapturedOutput output) throws Exception {
        HttpResponse<String> refused = verify(AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC"), null, "SA", "JAWAZAT");

        JsonNode problem = assertProblem(refused, 403, "JISR-403-REQUESTER-MISMATCH");
        assertThat(problem.path("detail").asText()).contains("SA:JAWAZAT", "KW:MOI-TRAFFIC");
        assertThat(auditLines(output)).anySatisfy(line -> assertThat(line)
                .contains("caller=KW:MOI-TRAFFIC", "refused=JISR-403-REQUESTER-MISMATCH"));
    }

    @Test
    void aPartnerStatesAgencyCallsThisGatewayDirectlyWithItsOwnStatesCredential() throws Exception {
        HttpResponse<String> answer = verify(AgencyClients.http(PKI, GccState.SA, "JAWAZAT"), null, "SA", "JAWAZAT");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("cardStatus").asText()).isEqualTo("VALID");
    }

    @Test
    void aCertificateTheGccRootIssuedDirectlyIsNoAgencyCredential() throws Exception {
        // The gateway's own TLS certificate: valid under the GCC root and good for TLS clients, but no agency CA's.
        GatewayCertificates certificates = certificates();
        HttpClient gatewayKey = HttpClient.newBuilder()
                .sslContext(tls(certificates.loadKeyStore(GccState.KW, CertificateKind.TLS), certificates.loadTrustStore())).build();

        HttpResponse<String> refused = verify(gatewayKey, null, "KW", "MOI-TRAFFIC");

        assertProblem(refused, 401, "JISR-401-CERT-WRONG-ISSUER");
    }

    @Test
    void anAgencyCertificateRevokedWhileTheGatewayRunsIsRefusedAsRevoked() throws Exception {
        GatewayCertificates certificates = certificates();
        AgencyAuthority kuwaitiAgencies = certificates.loadAgencyAuthority(GccState.KW);
        // A certificate of its own each run: an earlier run's certificate of this agency is on the CRL already.
        certificates.writeAgencyCredential(kuwaitiAgencies.issue(REVOKED_AGENCY, CertificateValidity.forDays(Clock.systemUTC(), 30)));
        HttpClient agency = AgencyClients.http(PKI, GccState.KW, REVOKED_AGENCY);
        assertThat(verify(agency, null, "KW", REVOKED_AGENCY).statusCode()).as("before the revocation").isEqualTo(200);

        BigInteger serial = ((X509Certificate) certificates.loadAgencyKeyStore(GccState.KW, REVOKED_AGENCY)
                .getCertificate(GatewayCertificates.AGENCY_ALIAS)).getSerialNumber();
        Instant now = Instant.now();
        certificates.writeAgencyCrl(GccState.KW, kuwaitiAgencies.nextCrl(certificates.loadAgencyCrl(GccState.KW).orElseThrow(),
                List.of(new Revocation(serial, now)), now, now.plus(Duration.ofDays(30))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode problem = assertProblem(verify(agency, null, "KW", REVOKED_AGENCY), 401, "JISR-401-CERT-REVOKED");
            assertThat(problem.path("detail").asText()).contains(serial.toString(16).toUpperCase());
        });
        assertThat(verify(AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC"), null, "KW", "MOI-TRAFFIC").statusCode())
                .as("the CA's other agencies are still trusted").isEqualTo(200);
    }

    // ------------------------------------------------------------------ what is public, and which port serves what

    @Test
    void theContractsArePublic() throws Exception {
        HttpClient anonymous = AgencyClients.anonymous(PKI);

        HttpResponse<String> openApi = get(anonymous, national("/api/v1/openapi.json"));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(openApi.body()).path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(get(anonymous, national("/api/v1/schemas/civil-id-verification-request.schema.json")).statusCode()).isEqualTo(200);
        HttpResponse<String> wsdl = get(anonymous, national("/soap/CivilIdVerification?wsdl"));
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("CivilIdVerificationPortType");
    }

    @Test
    void operatorsPathsAreNotOnTheNationalPortNorTheNationalApiOnTheManagementPort() throws Exception {
        HttpClient anonymous = AgencyClients.anonymous(PKI);
        HttpClient agency = AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC");
        for (HttpClient caller : List.of(anonymous, agency)) {
            assertProblem(get(caller, national("/admin/api/v1/routes")), 404, "JISR-404-NOT-FOUND");
            assertProblem(get(caller, national("/actuator/health")), 404, "JISR-404-NOT-FOUND");
            assertProblem(get(caller, national("/console")), 404, "JISR-404-NOT-FOUND");
        }

        assertThat(get(anonymous, management("/actuator/health")).statusCode()).as("the management port answers").isEqualTo(200);
        assertProblem(get(anonymous, management("/api/v1/openapi.json")), 404, "JISR-404-NOT-FOUND");
        assertProblem(get(anonymous, management("/api/v1/messages")), 404, "JISR-404-NOT-FOUND");
        assertProblem(anonymous.send(HttpRequest.newBuilder(management("/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(verification("KW", "MOI-TRAFFIC")))
                .build(), HttpResponse.BodyHandlers.ofString()), 404, "JISR-404-NOT-FOUND");
    }

    // ------------------------------------------------------------------ bearer tokens

    @Test
    void aValidTokenWithoutAClientCertificateVerifiesACivilIdAsItsAgency(CapturedOutput output) throws Exception {
        String token = KUWAITI_AGENCIES.token("MOI-TRAFFIC", "jisr-kw", Duration.ofMinutes(5));

        HttpResponse<String> answer = verify(AgencyClients.anonymous(PKI), token, "KW", "MOI-TRAFFIC");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("cardStatus").asText()).isEqualTo("VALID");
        assertThat(output.getAll()).contains("requester=KW/MOI-TRAFFIC");
        assertProblem(verify(AgencyClients.anonymous(PKI), token, "KW", "PACI"), 403, "JISR-403-REQUESTER-MISMATCH");
    }

    @Test
    void expiredForeignAndForgedTokensAreRefusedAsInvalid() throws Exception {
        HttpClient anonymous = AgencyClients.anonymous(PKI);

        assertProblem(verify(anonymous, KUWAITI_AGENCIES.token("MOI-TRAFFIC", "jisr-kw", Duration.ofMinutes(-10)), "KW", "MOI-TRAFFIC"),
                401, "JISR-401-TOKEN-INVALID");
        assertProblem(verify(anonymous, KUWAITI_AGENCIES.token("MOI-TRAFFIC", "jisr-sa", Duration.ofMinutes(5)), "KW", "MOI-TRAFFIC"),
                401, "JISR-401-TOKEN-INVALID");
        assertProblem(verify(anonymous, KUWAITI_AGENCIES.forged("MOI-TRAFFIC", "jisr-kw"), "KW", "MOI-TRAFFIC"),
                401, "JISR-401-TOKEN-INVALID");
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> verify(HttpClient client, String token, String requesterState, String requesterAgency) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(national("/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(verification(requesterState, requesterAgency)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String verification(String requesterState, String requesterAgency) {
        return """
                {"requester":{"state":"%s","agency":"%s"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW"}"""
                .formatted(requesterState, requesterAgency, VALID);
    }

    private static String soapRequest(String requesterState, String requesterAgency) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="urn:gcc:jisr:civil-id:wsdl:v1"
                    xmlns:cid="urn:gcc:jisr:civil-id:v1" xmlns:c="urn:gcc:jisr:common:v1"><soapenv:Body><w:verifyCivilId><w:request>
                <cid:requester><c:state>%s</c:state><c:agency>%s</c:agency></cid:requester><cid:purpose>BORDER_CROSSING</cid:purpose>
                <cid:civilId>%s</cid:civilId><cid:issuingState>KW</cid:issuingState></w:request></w:verifyCivilId></soapenv:Body></soapenv:Envelope>"""
                .formatted(requesterState, requesterAgency, VALID);
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI national(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    private URI management(String path) {
        return URI.create("https://127.0.0.1:" + ports.managementPort().orElseThrow() + path);
    }

    private static GatewayCertificates certificates() {
        return new GatewayCertificates(PKI, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
    }

    private static List<String> auditLines(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.contains("jisr.audit")).toList();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** TLS presenting the key store's key (alias and password as the PKI directory keeps them), trusting the GCC root. */
    private static SSLContext tls(KeyStore keys, KeyStore trust) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    /**
     * Kuwait's identity provider for its agencies' systems, as far as a resource server sees it: a JWKS on loopback.
     * Its client-credentials tokens name the agency in {@code azp}, as Keycloak's do.
     */
    static final class IdentityProvider {

        final HttpServer server;
        final TokenSigningKeys keys;

        private IdentityProvider(HttpServer server, TokenSigningKeys keys) {
            this.server = server;
            this.keys = keys;
        }

        static IdentityProvider start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                IdentityProvider provider = new IdentityProvider(server, TokenSigningKeys.generate());
                server.createContext("/realms/kw-agencies/certs", exchange -> {
                    byte[] jwks = JSON.writeValueAsBytes(provider.keys.jwks());
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                server.start();
                return provider;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/kw-agencies";
        }

        /** A token of the agency's client for the audience, valid for {@code lifetime} from now (negative: expired). */
        String token(String agency, String audience, Duration lifetime) throws Exception {
            return keys.signed(claims(agency, audience, lifetime));
        }

        /** A token that looks right but is signed with a key the provider never published. */
        String forged(String agency, String audience) throws Exception {
            return keys.forged(claims(agency, audience, Duration.ofMinutes(5)));
        }

        private JWTClaimsSet claims(String agency, String audience, Duration lifetime) {
            Instant now = Instant.now();
            return new JWTClaimsSet.Builder().issuer(issuer()).subject(UUID.randomUUID().toString()).audience(audience)
                    .claim("azp", agency)
                    .issueTime(Date.from(lifetime.isNegative() ? now.plus(lifetime).minusSeconds(300) : now))
                    .expirationTime(Date.from(now.plus(lifetime))).build();
        }

    }
}
