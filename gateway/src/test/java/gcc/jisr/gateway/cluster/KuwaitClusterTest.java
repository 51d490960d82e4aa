package gcc.jisr.gateway.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.store.ChainReport;
import gcc.jisr.gateway.store.ChainVerification;
import gcc.jisr.gateway.store.FreshStore;
import gcc.jisr.gateway.traffic.TrafficNotices;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import gcc.jisr.routes.trust.SigningIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static gcc.jisr.gateway.cluster.KuwaitNodes.JSON;
import static gcc.jisr.gateway.cluster.KuwaitNodes.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes of the Kuwaiti gateway, each a JVM of its own, in one Hazelcast cluster on loopback and on one
 * PostgreSQL schema, with the Saudi gateway as the receiving partner: what the nodes share (replay keys, rate limits,
 * route states), readiness, and a node SIGKILLed while violations are on their way, which loses and duplicates
 * nothing. Skipped when the test PostgreSQL server is not there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KuwaitClusterTest {

    /** The issue asks for 5,000; 2 loaded cores get through fewer in a test's time, and bench/run-cluster.sh runs 5,000. */
    static final int VIOLATIONS = Integer.getInteger("jisr.test.cluster.violations", 600);
    static final int BATCH = 50;
    static final String PASSWORD = "changeit";
    static final String OPERATOR = "omar";
    static final String OPERATOR_PASSWORD = "operator-secret-2";
    /** Qatar may send 6 civil-ID verifications at once, then one every 100 s: the test never sees a refill. */
    static final int QATAR_BURST = 6;

    FreshStore store;
    LocalGccNetwork network;
    KuwaitNodes kuwait;
    TrafficSystemSimulator saudiTrafficSystem;
    GatewayCertificates pki;

    @BeforeAll
    void startTheClusterAndItsPartner() throws Exception {
        store = FreshStore.postgres(true);
        Path work = Files.createDirectories(Path.of("target", "kuwait-cluster-test", Long.toString(System.nanoTime())));
        Path pkiDirectory = KuwaitNodes.PKI;
        pki = LocalGccNetwork.developmentPki(pkiDirectory, PASSWORD, Clock.systemUTC());
        network = LocalGccNetwork.onFreePorts(List.of(GccState.KW, GccState.SA)).prepare(pkiDirectory, PASSWORD, Map.of(
                "jisr.outbox.poll-interval", "100ms",
                "jisr.outbox.retry.first-interval", "500ms",
                "jisr.outbox.retry.max-interval", "2s"));
        network.start(GccState.SA);
        saudiTrafficSystem = network.context(GccState.SA).getBean(SimulatedRegistries.class)
                .trafficSimulator(GccState.SA).orElseThrow();

        Map<String, String> extra = new HashMap<>();
        extra.put("jisr.cluster.minimum-members", "2");
        extra.put("jisr.cluster.failure-detection", "5s");
        extra.put("management.endpoint.health.show-components", "always");
        extra.put("management.endpoint.health.show-details", "always");
        extra.put("jisr.admin.users[0].name", OPERATOR);
        extra.put("jisr.admin.users[0].password-hash", new BCryptPasswordEncoder(4).encode(OPERATOR_PASSWORD));
        extra.put("jisr.admin.users[0].roles", "OPERATOR");
        extra.put("jisr.partners.grants[1].partner", "QA");
        extra.put("jisr.partners.grants[1].services", "gcc.civil-id.verify.v1");
        extra.put("jisr.partners.grants[1].purposes", "BORDER_CROSSING");
        extra.put("jisr.rate-limits.limits[0].partner", "QA");
        extra.put("jisr.rate-limits.limits[0].service", "gcc.civil-id.verify.v1");
        extra.put("jisr.rate-limits.limits[0].capacity", Integer.toString(QATAR_BURST));
        extra.put("jisr.rate-limits.limits[0].per-second", "0.01");
        kuwait = KuwaitNodes.start(network, 3, work, Map.of(
                "spring.datasource.url", store.url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", ""), extra);
        awaitCondition(Duration.ofSeconds(300), () -> kuwait.nodes.stream().allMatch(KuwaitNodes::ready),
                () -> "nodes not ready: " + kuwait.nodes.stream().filter(n -> !KuwaitNodes.ready(n))
                        .map(n -> n.name() + (n.process().isAlive() ? "" : " (exited, see " + n.log() + ")")).toList());
    }

    @AfterAll
    void stopEverything() {
        if (kuwait != null) {
            kuwait.close();
        }
        if (network != null) {
            network.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void theThreeNodesFormOneKuwaitiClusterAndAreReady() throws Exception {
        for (KuwaitNodes.Node node : kuwait.nodes) {
            HttpResponse<String> readiness = KuwaitNodes.readiness(node);
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
            JsonNode cluster = JSON.readTree(readiness.body()).path("components").path("clusterMembership").path("details");
            assertThat(cluster.path("cluster").asText()).isEqualTo("jisr-kw");
            assertThat(cluster.path("members").asInt()).as(readiness.body()).isEqualTo(3);
            assertThat(JSON.readTree(readiness.body()).path("components").path("store").path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    @Order(2)
    void theSameMessageIdSentToASecondNodeIsRefusedAsAReplay() throws Exception {
        SignedEnvelope once = signed(GccState.SA, civilIdVerification(GccState.SA));
        HttpResponse<String> first = send(kuwait.node(1), GccState.SA, once);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> second = send(kuwait.node(2), GccState.SA, once);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("code").asText()).isEqualTo("JISR-409-REPLAY");
    }

    @Test
    @Order(3)
    void aPartnersRateLimitHoldsAcrossAllNodes() throws Exception {
        int accepted = 0;
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 4 * QATAR_BURST; i++) {
            KuwaitNodes.Node node = kuwait.nodes.get(i % 3);
            HttpResponse<String> answer = send(node, GccState.QA, signed(GccState.QA, civilIdVerification(GccState.QA)));
            if (answer.statusCode() == 200) {
                accepted++;
            } else {
                refused.add(answer);
            }
        }
        assertThat(accepted).as("the sum over the three nodes stays within Qatar's limit").isEqualTo(QATAR_BURST);
        assertThat(refused).hasSize(3 * QATAR_BURST).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo("JISR-429-RATE-LIMITED");
            assertThat(answer.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds ->
                    assertThat(seconds).isBetween(1L, 100L));
        });
        // Saudi Arabia has no limit: its calls still pass on every node.
        for (KuwaitNodes.Node node : kuwait.nodes) {
            assertThat(send(node, GccState.SA, signed(GccState.SA, civilIdVerification(GccState.SA))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void aRouteSuspendedThroughOneNodeIsSuspendedOnAllAndResumeReleasesWhatWasHeld() throws Exception {
        HttpResponse<String> suspended = admin(kuwait.node(1), "POST", "/routes/traffic-outbox/suspend");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        awaitCondition(Duration.ofSeconds(30), () -> kuwait.nodes.stream().allMatch(n -> "Suspended".equals(outboxStatus(n))),
                () -> "outbox route status per node: " + kuwait.nodes.stream().map(this::outboxStatus).toList());

        List<String> references = new ArrayList<>();
        List<String> trackingIds = submit(kuwait.node(2), "KW-HELD", 30, references);
        Thread.sleep(3_000);
        assertThat(references).as("nothing leaves while the outbox route is suspended on every node")
                .allSatisfy(reference -> assertThat(saudiTrafficSystem.noticeDeliveries(GccState.KW, reference)).isZero());
        assertThat(trackingIds).allSatisfy(id -> assertThat(KuwaitNodes.tracking(kuwait.node(3), id).path("status").asText())
                .isEqualTo("ACCEPTED"));

        HttpResponse<String> resumed = admin(kuwait.node(3), "POST", "/routes/traffic-outbox/resume");
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        awaitCondition(Duration.ofSeconds(60), () -> kuwait.nodes.stream().allMatch(n -> "Started".equals(outboxStatus(n))),
                () -> "outbox route status per node: " + kuwait.nodes.stream().map(this::outboxStatus).toList());
        awaitCondition(Duration.ofSeconds(120), () -> references.stream()
                .allMatch(reference -> saudiTrafficSystem.noticeDeliveries(GccState.KW, reference) == 1), () -> "held violations not delivered");
    }

    @Test
    @Order(5)
    void aNodeKilledMidWayLosesAndDuplicatesNothingAndTheOthersTakeOverItsEntriesAtOnce() throws Exception {
        List<String> references = new ArrayList<>();
        List<String> trackingIds = new ArrayList<>();
        KuwaitNodes.Node victim = kuwait.node(3);
        int leasedAtTheKill = 0;
        long killed = 0;
        CompletableFuture<Duration> takenOver = null;
        int batches = (VIOLATIONS + BATCH - 1) / BATCH;
        // Batches go round robin over the nodes alive; the third node is killed as soon as, after the first third of the
        // batches, it is seen holding outbox entries (so that there is something to take over), and the rest go on.
        for (int i = 0; i < batches; i++) {
            List<KuwaitNodes.Node> alive = kuwait.alive();
            trackingIds.addAll(submit(alive.get(i % alive.size()), "KW-HA", Math.min(BATCH, VIOLATIONS - i * BATCH), references));
            if (killed == 0 && i >= batches / 3) {
                // Frozen (SIGSTOP) while its leases are counted: a node seen holding entries could otherwise deliver
                // them all between the look and the kill, and die holding none.
                signal(victim, "STOP");
                int leased = leasesOf(victim.name());
                if (leased > 0) {
                    victim.process().destroyForcibly().waitFor();
                    killed = System.nanoTime();
                    leasedAtTheKill = leased;
                    takenOver = releaseOfLeases(victim.name(), killed);
                } else {
                    signal(victim, "CONT");
                }
            }
        }
        assertThat(killed).as(victim.name() + " was never seen holding an outbox entry while violations were sent").isPositive();
        Duration takeover = takenOver.get(90, TimeUnit.SECONDS);
        System.out.printf("cluster takeover: %d outbox entries leased by %s at the SIGKILL, released after %d ms%n",
                leasedAtTheKill, victim.name(), takeover.toMillis());
        assertThat(references).hasSize(VIOLATIONS);

        List<KuwaitNodes.Node> survivors = kuwait.alive();
        assertThat(survivors).hasSize(2);

        awaitCondition(Duration.ofSeconds(600), () -> references.stream()
                        .allMatch(reference -> saudiTrafficSystem.noticeDeliveries(GccState.KW, reference) >= 1),
                () -> references.stream().filter(r -> saudiTrafficSystem.noticeDeliveries(GccState.KW, r) == 0).count()
                        + " violations never reached the Saudi traffic system");
        assertThat(references).as("each violation delivered exactly once").allSatisfy(reference ->
                assertThat(saudiTrafficSystem.noticeDeliveries(GccState.KW, reference)).as(reference).isEqualTo(1));
        List<String> unfinished = new ArrayList<>();
        awaitCondition(Duration.ofSeconds(120), () -> {
            unfinished.clear();
            for (int i = 0; i < trackingIds.size(); i++) {
                String status = KuwaitNodes.tracking(survivors.get(i % 2), trackingIds.get(i)).path("status").asText();
                if (!status.equals("DELIVERED") && !status.equals("ACKNOWLEDGED")) {
                    unfinished.add(trackingIds.get(i) + " " + status);
                }
            }
            return unfinished.isEmpty();
        }, () -> unfinished.size() + " tracking records unfinished, e.g. " + unfinished.subList(0, Math.min(5, unfinished.size())));
        assertThat(leasedAtTheKill).as("the dead node held entries").isPositive();
        assertThat(takeover).as("taken over on the death of the member, not at the end of its 2-minute leases")
                .isLessThan(Duration.ofSeconds(60));
        assertThat(survivors).allSatisfy(node -> assertThat(KuwaitNodes.ready(node)).as(node.name() + " still ready").isTrue());

        ChainReport chain = new ChainVerification(store.dataSource, new DataSourceTransactionManager(store.dataSource)).verify();
        assertThat(chain.valid()).as(chain.describe()).isTrue();
        assertThat(chain.records()).isGreaterThanOrEqualTo(VIOLATIONS);
    }

    @Test
    @Order(6)
    void aNodeLeftAloneFailsReadinessButStaysLive() throws Exception {
        // Two of three must be together (jisr.cluster.minimum-members=2): the last survivor is taken out of the load
        // balancer, and not restarted for it.
        KuwaitNodes.Node last = kuwait.node(1);
        for (KuwaitNodes.Node other : kuwait.alive()) {
            if (other != last) {
                other.process().destroyForcibly().waitFor();
            }
        }
        awaitCondition(Duration.ofSeconds(60), () -> {
            HttpResponse<String> readiness = KuwaitNodes.readiness(last);
            return readiness != null && readiness.statusCode() == 503;
        }, () -> "still ready: " + KuwaitNodes.readiness(last).body());
        JsonNode readiness = JSON.readTree(KuwaitNodes.readiness(last).body());
        assertThat(readiness.path("components").path("clusterMembership").path("status").asText()).isEqualTo("DOWN");
        assertThat(readiness.path("components").path("clusterMembership").path("details").path("members").asInt()).isEqualTo(1);
        assertThat(readiness.path("components").path("store").path("status").asText()).isEqualTo("UP");
        HttpResponse<String> liveness = KuwaitNodes.operators().send(HttpRequest.newBuilder(last.management().resolve("/actuator/health/liveness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ helpers

    private List<String> submit(KuwaitNodes.Node node, String prefix, int count, List<String> references) throws Exception {
        StringBuilder batch = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String reference = prefix + "-" + System.nanoTime() + "-" + references.size();
            references.add(reference);
            mine.add(reference);
            ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, reference, "ABJ " + (references.size() % 9000 + 1));
            batch.append(new String(TrafficJson.bytes(notice), StandardCharsets.UTF_8)).append('\n');
        }
        HttpResponse<String> report = KuwaitNodes.trafficAgency().send(HttpRequest.newBuilder(node.api().resolve("/api/v1/traffic/violations/batch"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(report.body());
        assertThat(answer.path("accepted").asInt()).as(report.body()).isEqualTo(count);
        List<String> trackingIds = new ArrayList<>();
        answer.path("results").forEach(line -> trackingIds.add(line.path("trackingId").asText()));
        return trackingIds;
    }

    /** Watches, beside the sending, for the moment the store shows none of the dead node's leases. */
    private CompletableFuture<Duration> releaseOfLeases(String node, long killedNanos) {
        return CompletableFuture.supplyAsync(() -> {
            long deadline = killedNanos + Duration.ofSeconds(90).toNanos();
            while (leasesOf(node) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the leases of " + node + " were not released within 90 s of its death");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return Duration.ofNanos(System.nanoTime() - killedNanos);
        });
    }

    private static void signal(KuwaitNodes.Node node, String signal) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(node.process().pid())).inheritIO().start().waitFor();
        assertThat(exit).as("kill -" + signal + " " + node.name()).isZero();
    }

    private int leasesOf(String node) {
        Integer leased = store.jdbc.queryForObject("SELECT count(*) FROM outbox_entry WHERE lease_owner = ? AND status = 'PENDING'",
                Integer.class, node);
        return leased == null ? 0 : leased;
    }

    private String outboxStatus(KuwaitNodes.Node node) {
        try {
            for (JsonNode route : JSON.readTree(admin(node, "GET", "/routes").body()).path("routes")) {
                if (route.path("id").asText().equals("traffic-outbox")) {
                    return route.path("status").asText();
                }
            }
            return "absent";
        } catch (Exception e) {
            return "unreachable";
        }
    }

    private static HttpResponse<String> admin(KuwaitNodes.Node node, String method, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return KuwaitNodes.operators().send(HttpRequest.newBuilder(node.management().resolve("/admin/api/v1" + path))
                .header("Authorization", "Basic " + credentials).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record SignedEnvelope(byte[] bytes, String signature) {
    }

    private static Envelope civilIdVerification(GccState from) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("requester").put("state", from.name()).put("agency", "JAWAZAT");
        request.put("purpose", "BORDER_CROSSING").put("civilId", "285010100015").put("issuingState", "KW");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String id = Generators.timeBasedEpochGenerator().generate().toString();
        return new Envelope(id, id, null, "gcc.civil-id.verify.v1", new Envelope.Party(from.name(), "JAWAZAT"),
                new Envelope.Party("KW", "JISR"), now, now.plusMinutes(5), request);
    }

    private SignedEnvelope signed(GccState from, Envelope envelope) {
        EnvelopeSigner signer = new EnvelopeSigner(SigningIdentity.fromPkcs12(pki.keyStoreFile(from, CertificateKind.SIGNING),
                "signing", PASSWORD.toCharArray()));
        byte[] bytes = envelope.toJson();
        return new SignedEnvelope(bytes, signer.sign(bytes, envelope.messageId()));
    }

    private HttpResponse<String> send(KuwaitNodes.Node node, GccState from, SignedEnvelope envelope) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(pki.loadTrustStore());
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(pki.loadKeyStore(from, CertificateKind.TLS), PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(node.partnerEnvelopes()).header("Content-Type", "application/json")
                .header(JwsProfile.HTTP_HEADER, envelope.signature()).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope.bytes())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
