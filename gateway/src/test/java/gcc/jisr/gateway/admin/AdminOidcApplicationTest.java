package gcc.jisr.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.gateway.testing.TokenSigningKeys;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API with OIDC switched on, against a real OpenID provider on loopback (a JDK HTTP server serving the
 * discovery document, its JWKS and a token endpoint, tokens signed with Nimbus): bearer tokens are taken with their
 * roles mapped from the groups claim, a token of an unknown group gets no role (403), a forged, expired or foreign
 * token is refused (401), and the configured operators with hashed passwords keep working beside it. All of it on the
 * management port, over TLS with the gateway's certificate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.state=KW",
        "jisr.admin.oidc.enabled=true",
        "jisr.admin.oidc.client-id=jisr-admin",
        "jisr.admin.oidc.roles-claim=groups",
        "jisr.admin.oidc.role-mapping.kw-jisr-auditors=AUDITOR",
        "jisr.admin.oidc.role-mapping.kw-jisr-operators=OPERATOR",
        "jisr.admin.oidc.role-mapping.kw-jisr-admins=ADMIN,AUDITOR"})
class AdminOidcApplicationTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final IdentityProvider PROVIDER = IdentityProvider.start();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("jisr.admin.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("jisr.admin.users[0].name", () -> "amal");
        registry.add("jisr.admin.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode("admin-secret"));
        registry.add("jisr.admin.users[0].roles", () -> "ADMIN");
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.server.stop(0);
    }

    @Autowired
    SurfacePorts ports;

    /** An operator's client: TLS trusting the GCC root, no client certificate. */
    HttpClient operators;

    @BeforeEach
    void operatorsClient() {
        operators = AgencyClients.anonymous(AgencyClients.DEFAULT_PKI);
    }

    @Test
    void anAuditorsTokenReadsTheAuditLogButChangesNothing() throws Exception {
        String token = PROVIDER.token("noura", "jisr-admin", List.of("kw-jisr-auditors", "staff"), Duration.ofMinutes(5));
        assertThat(call("GET", "/audit", token).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/routes", token).statusCode()).isEqualTo(200);
        assertProblem(call("POST", "/routes/traffic-to-national-system/stop", token), 403, "JISR-403-ROLE");
        // The audit trail names the operator by the token's preferred_username.
        JsonNode refusals = JSON.readTree(call("GET", "/audit?action=ACCESS", token).body());
        assertThat(refusals.findValuesAsText("username")).contains("noura");
    }

    @Test
    void anOperatorsTokenRunsRoutesButMayNotReadTheAuditLog() throws Exception {
        String token = PROVIDER.token("fahad", "jisr-admin", List.of("kw-jisr-operators"), Duration.ofMinutes(5));
        assertThat(call("GET", "/routes", token).statusCode()).isEqualTo(200);
        assertProblem(call("GET", "/audit", token), 403, "JISR-403-ROLE");
        assertProblem(call("POST", "/archive/verification", token), 403, "JISR-403-ROLE");
    }

    @Test
    void aTokenOfAnUnknownGroupHasNoRole() throws Exception {
        String token = PROVIDER.token("guest", "jisr-admin", List.of("kw-visitors"), Duration.ofMinutes(5));
        assertProblem(call("GET", "/routes", token), 403, "JISR-403-ROLE");
        String none = PROVIDER.token("nobody", "jisr-admin", List.of(), Duration.ofMinutes(5));
        assertProblem(call("GET", "/messages", none), 403, "JISR-403-ROLE");
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefused() throws Exception {
        List<String> admins = List.of("kw-jisr-admins");
        assertProblem(call("GET", "/routes", PROVIDER.forged("mallory", "jisr-admin", admins)), 401, "JISR-401-AUTHENTICATION");
        assertProblem(call("GET", "/routes", PROVIDER.token("late", "jisr-admin", admins, Duration.ofMinutes(-10))), 401,
                "JISR-401-AUTHENTICATION");
        assertProblem(call("GET", "/routes", PROVIDER.token("elsewhere", "another-client", admins, Duration.ofMinutes(5))),
                401, "JISR-401-AUTHENTICATION");
        assertProblem(call("GET", "/routes", "not-a-jwt"), 401, "JISR-401-AUTHENTICATION");
    }

    @Test
    void anAdminTokenAndAConfiguredOperatorBothWork() throws Exception {
        String token = PROVIDER.token("salem", "jisr-admin", List.of("kw-jisr-admins"), Duration.ofMinutes(5));
        assertThat(call("POST", "/archive/verification", token).statusCode()).isEqualTo(200);
        HttpResponse<String> basic = operators.send(HttpRequest.newBuilder(uri("/routes")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("amal:admin-secret".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(PROVIDER.tokensIssued).isPositive();
    }

    HttpResponse<String> call(String method, String path, String token) throws Exception {
        return operators.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("https://127.0.0.1:" + ports.managementPort().orElseThrow() + "/admin/api/v1" + path);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo(code);
    }

    /**
     * An OpenID provider: discovery, JWKS, and a token endpoint (client credentials of the test client, for a user and
     * groups named in the request) that signs with its own P-256 key.
     */
    static final class IdentityProvider {

        final HttpServer server;
        final TokenSigningKeys keys;
        volatile int tokensIssued;

        private IdentityProvider(HttpServer server, TokenSigningKeys keys) {
            this.server = server;
            this.keys = keys;
        }

        static IdentityProvider start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                IdentityProvider provider = new IdentityProvider(server, TokenSigningKeys.generate());
                server.createContext("/realms/kw/.well-known/openid-configuration", exchange -> provider.answer(exchange,
                        Map.of("issuer", provider.issuer(), "jwks_uri", provider.issuer() + "/certs",
                                "token_endpoint", provider.issuer() + "/token",
                                "authorization_endpoint", provider.issuer() + "/auth",
                                "response_types_supported", List.of("code"), "subject_types_supported", List.of("public"),
                                "id_token_signing_alg_values_supported", List.of("ES256"))));
                server.createContext("/realms/kw/certs", exchange -> provider.answer(exchange,
                        provider.keys.jwks()));
                server.createContext("/realms/kw/token", provider::issue);
                server.start();
                return provider;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/kw";
        }

        /** A token as the test client gets it from the token endpoint, over HTTP. */
        String token(String user, String audience, List<String> groups, Duration lifetime) throws Exception {
            String form = "grant_type=client_credentials&client_id=jisr-test&client_secret=test-secret&user=" + user
                    + "&audience=" + audience + "&groups=" + String.join(",", groups) + "&lifetime=" + lifetime.toSeconds();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body()).path("access_token").asText();
        }

        /** A token that looks right but is signed with a key the provider never published. */
        String forged(String user, String audience, List<String> groups) throws Exception {
            return keys.forged(claims(user, audience, groups, Duration.ofMinutes(5)));
        }

        private void issue(HttpExchange exchange) throws IOException {
            Map<String, String> form = new HashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            if (!"client_credentials".equals(form.get("grant_type")) || !"jisr-test".equals(form.get("client_id"))
                    || !"test-secret".equals(form.get("client_secret"))) {
                answer(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            List<String> groups = form.get("groups").isEmpty() ? List.of() : List.of(form.get("groups").split(","));
            try {
                String token = keys.signed(claims(form.get("user"), form.get("audience"), groups,
                        Duration.ofSeconds(Long.parseLong(form.get("lifetime")))));
                tokensIssued++;
                answer(exchange, 200, Map.of("access_token", token, "token_type", "Bearer"));
            } catch (Exception e) {
                answer(exchange, 500, Map.of("error", e.toString()));
            }
        }

        private JWTClaimsSet claims(String user, String audience, List<String> groups, Duration lifetime) {
            Instant now = Instant.now();
            return new JWTClaimsSet.Builder().issuer(issuer()).subject(UUID.randomUUID().toString()).audience(audience)
                    .claim("preferred_username", user).claim("groups", groups)
                    .issueTime(Date.from(lifetime.isNegative() ? now.plus(lifetime).minusSeconds(300) : now))
                    .expirationTime(Date.from(now.plus(lifetime))).build();
        }


        private void answer(HttpExchange exchange, Object body) throws IOException {
            answer(exchange, 200, body);
        }

        private void answer(HttpExchange exchange, int status, Object body) throws IOException {
            byte[] json;
            try {
                json = JSON.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        }
    }
}
