package gcc.jisr.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.kw.sim.PaciPopulation;
import gcc.jisr.adapters.kw.sim.PaciRecord;
import gcc.jisr.adapters.kw.sim.PaciRegistrySimulator;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What the front door costs: REST civil-ID verification at the KW gateway alone, against the same simulated PACI
 * registry (in this process), three ways in one run, each gateway a fresh JVM from its jar with the same settings:
 * <ol>
 *   <li><b>before the front door</b>: the gateway of the last commit before it ({@code 7352938}, built by
 *       {@code bench/run-front-door.sh} from git into {@code bench/target/front-door-baseline}), plain HTTP, no credential;</li>
 *   <li><b>mutual TLS</b>: the current gateway, called with SA JAWAZAT's agency certificate;</li>
 *   <li><b>bearer token</b>: the current gateway, called over TLS without a client certificate, with a JWT (ES256)
 *       of an identity provider for Saudi agencies that this benchmark serves itself on loopback (its JWKS from a JDK
 *       HTTP server); the same token on every call, as an agency system holding a client-credentials token does, so
 *       the gateway verifies its signature once and remembers it.</li>
 * </ol>
 * Every body names SA JAWAZAT as the requester. The clients keep their HTTP/1.1 connections alive, one TLS context
 * per way for the whole run, so that a handshake is paid per connection, not per call; Tomcat's default of 100
 * requests per connection holds in all three ways, and the JDK client resumes its TLS session when it reconnects
 * (with javax.net.debug, 250 calls in a row: three handshakes, the last two resumed). Only answers of 200 keep a
 * connection: the gateway closes it after a 4xx problem, so a way whose calls fail would measure handshakes. The gateway of (b) and (c) also has the token issuer configured, so that the two differ in the caller's
 * credential only.
 *
 * <p>Arguments: clients (16), seconds measured per way (30), warm-up seconds (20, then on until the gateway's JIT
 * compilers settle, see {@link LoadRun#warmUpUntilCompiled}), the baseline gateway's jar.
 */
public final class FrontDoorBenchmark {

    private static final int PORT = 18880;
    private static final int MANAGEMENT_PORT = PORT + 2;
    private static final String AUDIENCE = "jisr-kw";
    private static final String REQUESTER_STATE = "SA";
    private static final String REQUESTER = "JAWAZAT";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        if (args.length < 4 || !Files.exists(Path.of(args[3]))) {
            throw new IllegalArgumentException("the fourth argument must be the jar of the gateway before the front door;"
                    + " bench/run-front-door.sh builds it");
        }
        Path baselineJar = Path.of(args[3]);
        GatewayProcess.requireJar();
        GatewayProcess.pinBench();
        GatewayProcess.ensurePki();
        Path pki = GatewayProcess.PKI;

        List<String> civilIds = new ArrayList<>();
        for (PaciRecord person : PaciPopulation.build(LocalDate.now())) {
            civilIds.add(person.civilNo());
        }
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ECKey signingKey = new ECKeyGenerator(Curve.P_256).keyID("bench-" + UUID.randomUUID()).generate();
        HttpServer identityProvider = identityProvider(new JWKSet(signingKey.toPublicJWK()));
        URI provider = URI.create("http://127.0.0.1:" + identityProvider.getAddress().getPort());
        URI issuer = provider.resolve("/realms/sa-agencies");
        String token = token(signingKey, issuer);
        try (PaciRegistrySimulator paci = new PaciRegistrySimulator()) {
            URI registry = paci.start(new InetSocketAddress("127.0.0.1", 0));
            List<String> settings = settings(registry, issuer, provider.resolve("/realms/sa-agencies/certs"));
            IntFunction<String> civilId = i -> civilIds.get(i % civilIds.size());

            LoadRun.Accounted before = measure("(a) before the front door, HTTP", baselineJar, settings, "http://127.0.0.1:" + PORT + "/actuator/health",
                    URI.create("http://127.0.0.1:" + PORT), null, null, civilId, clients, warmUp, measured);
            LoadRun.Accounted mutualTls = measure("(b) mutual TLS, agency certificate", GatewayProcess.JAR, settings,
                    "http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/health", URI.create("https://127.0.0.1:" + PORT),
                    AgencyTls.asAgency(pki, REQUESTER_STATE, REQUESTER), null, civilId, clients, warmUp, measured);
            LoadRun.Accounted bearer = measure("(c) bearer token over TLS", GatewayProcess.JAR, settings,
                    "http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/health", URI.create("https://127.0.0.1:" + PORT),
                    AgencyTls.withoutCertificate(pki), token, civilId, clients, warmUp, measured);

            System.out.println();
            System.out.printf("front door: civil-ID verification at the KW gateway, %d clients, %d s measured after at least %d s"
                    + " warm-up, %d cores%n", clients, measured.toSeconds(), warmUp.toSeconds(), Runtime.getRuntime().availableProcessors());
            for (LoadRun.Accounted way : List.of(before, mutualTls, bearer)) {
                System.out.println(way.result());
                System.out.println(way.cpuPerRequest());
            }
            compare("mutual TLS", mutualTls.result(), before.result());
            compare("bearer token", bearer.result(), before.result());
        } finally {
            identityProvider.stop(0);
        }
    }

    /** One way: a fresh gateway from {@code jar}, a probe that must be answered 200, the load, the gateway stopped. */
    private static LoadRun.Accounted measure(String name, Path jar, List<String> settings, String health, URI gateway, SSLContext tls,
                               String token, IntFunction<String> civilId, int clients, Duration warmUp, Duration measured)
            throws Exception {
        System.out.println("== " + name + " (" + jar + ")");
        String runTag = "frontdoor" + System.currentTimeMillis();
        List<String> all = new ArrayList<>(settings);
        all.addAll(TrafficStore.H2_FILE.settings("KW", runTag));
        GatewayProcess kuwait = GatewayProcess.start(jar, "front-door-kw", "512m", List.of(), all);
        try {
            kuwait.awaitHealthy(URI.create(health));
            URI api = gateway.resolve("/api/v1/civil-id/verifications");
            IntFunction<HttpRequest> requests = i -> verification(api, civilId.apply(i), token);
            HttpClient probe = tls == null ? HttpClient.newHttpClient() : AgencyTls.client(tls);
            HttpResponse<String> first = probe.send(requests.apply(0), HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(name + ": the first verification was answered " + first.statusCode() + " "
                        + first.body() + "; see bench/target/gateway-front-door-kw.log");
            }
            LoadRun load = new LoadRun(clients, 200, requests, response -> { }, tls);
            return load.warmUpAndAccount(name, warmUp, measured, Map.of("kw", kuwait.handle()));
        } finally {
            kuwait.close();
            TrafficStore.H2_FILE.remove(List.of("KW"), runTag);
        }
    }

    /**
     * The same for every way. The baseline gateway knows neither the management port nor the national API's settings
     * and ignores them (Spring Boot binds known properties only); its actuator is on its one port.
     */
    private static List<String> settings(URI registry, URI issuer, URI jwks) {
        return List.of("--jisr.state=KW", "--server.address=127.0.0.1", "--server.port=" + PORT,
                "--jisr.partners.port=" + (PORT + 1), "--jisr.cluster.port=6041",
                "--jisr.management.port=" + MANAGEMENT_PORT, "--jisr.management.tls.enabled=false",
                "--jisr.simulators.enabled=false", "--jisr.registries.civil-registry.KW=" + registry,
                "--jisr.trust.directory=" + GatewayProcess.PKI.toAbsolutePath(), "--jisr.trust.create-development-pki=false",
                "--jisr.national.token-issuers[0].state=" + REQUESTER_STATE,
                "--jisr.national.token-issuers[0].issuer-uri=" + issuer,
                "--jisr.national.token-issuers[0].jwk-set-uri=" + jwks,
                "--jisr.national.token-issuers[0].audience=" + AUDIENCE,
                "--jisr.national.token-issuers[0].agency-claim=azp",
                "--logging.level.root=WARN", "--logging.level.gcc.jisr=WARN", "--logging.level.jisr.audit=WARN");
    }

    /** Saudi Arabia's identity provider for its agencies, as far as a resource server sees it: its keys. */
    private static HttpServer identityProvider(JWKSet keys) throws IOException {
        byte[] body = keys.toString(true).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/sa-agencies/certs", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** A client-credentials access token of SA JAWAZAT's system for this gateway, valid for an hour. */
    private static String token(ECKey key, URI issuer) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer.toString()).audience(AUDIENCE)
                .subject("service-account-" + REQUESTER.toLowerCase(java.util.Locale.ROOT)).claim("azp", REQUESTER)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static HttpRequest verification(URI api, String civilId, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.POST(HttpRequest.BodyPublishers.ofString("""
                {"requester":{"state":"%s","agency":"%s"},"purpose":"BORDER_CROSSING",\
                "civilId":"%s","issuingState":"KW"}""".formatted(REQUESTER_STATE, REQUESTER, civilId))).build();
    }

    private static void compare(String way, LoadRun.Result with, LoadRun.Result before) {
        System.out.printf("%s / before the front door: throughput %.2f   p50 %+.2f ms   p99 %+.2f ms%n", way,
                with.throughput() / before.throughput(), (with.p50Micros() - before.p50Micros()) / 1000.0,
                (with.p99Micros() - before.p99Micros()) / 1000.0);
    }
}
