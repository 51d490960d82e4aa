package gcc.jisr.gateway.partners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.network.SharedGccNetwork;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.traffic.TrafficNotices;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators change partners at runtime between real gateways on loopback, over mutual TLS: a changed endpoint is used
 * by the next envelope; a partner disabled at the sending gateway has its notices held in the outbox and delivered
 * once it is enabled; a partner disabled at the receiving gateway has its envelopes refused (JISR-403-PARTNER-DISABLED)
 * and its notices wait for the enabling; a partner pinned to registered certificates is refused with any other,
 * accepted with old and new alike while both are registered. Bahrain sends, Oman receives; every change is undone.
 */
@ExtendWith(SharedGccNetwork.class)
class PartnerManagementNetworkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final GccState SENDING = GccState.BH;
    private static final GccState RECEIVING = GccState.OM;
    private static final AtomicInteger PLATES = new AtomicInteger(4000);
    private static final ObjectMapper JSON = new ObjectMapper();

    static LocalGccNetwork network;
    static GatewayCertificates pki;

    @BeforeAll
    static void joinTheNetwork() {
        network = SharedGccNetwork.network();
        pki = SharedGccNetwork.pki();
    }

    @Test
    void aChangedEndpointTakesTheNextNoticeWithoutARestart() throws Exception {
        PartnerRegistry sender = registry(SENDING);
        URI direct = sender.require(RECEIVING).gatewayUrl();
        try (TcpRelay relay = new TcpRelay(network.node(RECEIVING).partnerPort())) {
            sender.changeEndpoint(RECEIVING, URI.create("https://127.0.0.1:" + relay.port()), "test");
            String trackingId = submit("ENDPOINT");
            awaitStatus(SENDING, trackingId, TrackingStatus.ACKNOWLEDGED);
            assertThat(relay.connections()).isPositive();
        } finally {
            sender.changeEndpoint(RECEIVING, direct, "test");
        }
        // Back at the direct address, the relay gone: the next notice still arrives.
        awaitStatus(SENDING, submit("DIRECT"), TrackingStatus.ACKNOWLEDGED);
    }

    @Test
    void aPartnerDisabledAtTheSendingGatewayHasItsNoticesHeldThenDeliveredOnceEnabled() throws Exception {
        PartnerRegistry sender = registry(SENDING);
        String reference;
        String trackingId;
        try {
            sender.enable(RECEIVING, false, "test");
            trackingId = submit("HELD");
            reference = reference(trackingId);
            Thread.sleep(1_500); // fifteen polls of the outbox
            assertThat(tracking(SENDING).find(trackingId).orElseThrow().getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
            assertThat(trafficSystem(RECEIVING).noticeDeliveries(SENDING, reference)).isZero();
        } finally {
            sender.enable(RECEIVING, true, "test");
        }
        awaitStatus(SENDING, trackingId, TrackingStatus.ACKNOWLEDGED);
        assertThat(trafficSystem(RECEIVING).noticeDeliveries(SENDING, reference)).isEqualTo(1);
    }

    @Test
    void aPartnerDisabledAtTheReceivingGatewayIsRefusedAndItsNoticeArrivesOnceEnabled() throws Exception {
        PartnerRegistry receiver = registry(RECEIVING);
        String trackingId;
        try {
            receiver.enable(SENDING, false, "test");
            HttpResponse<String> refused = verify();
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("JISR-403-PARTNER-DISABLED");

            trackingId = submit("REFUSED");
            TrackingRecord failed = await(SENDING, trackingId, r -> r.getHistory().stream()
                    .anyMatch(e -> e.getError() != null && "JISR-403-PARTNER-DISABLED".equals(e.getError().getCode())));
            // Not a dead letter: the sending gateway tries again with its back-off.
            assertThat(failed.getStatus()).isNotEqualTo(TrackingStatus.DEAD_LETTER);
        } finally {
            receiver.enable(SENDING, true, "test");
        }
        awaitStatus(SENDING, trackingId, TrackingStatus.ACKNOWLEDGED);
        assertThat(trafficSystem(RECEIVING).noticeDeliveries(SENDING, reference(trackingId))).isEqualTo(1);
        assertThat(verify().statusCode()).isEqualTo(200);
    }

    @Test
    void aPartnerPinnedToRegisteredCertificatesIsRefusedWithAnyOtherAndOverlapsOldAndNew() throws Exception {
        PartnerRegistry receiver = registry(RECEIVING);
        GccCertificateAuthority authority = pki.loadAuthority();
        // The sender's next certificates, issued but not in use yet.
        String next = GatewayCertificates.pem(authority.issue(SENDING, CertificateKind.TLS, CertificateValidity.forDays(Clock.systemUTC(), 365)).certificate())
                + GatewayCertificates.pem(authority.issue(SENDING, CertificateKind.SIGNING, CertificateValidity.forDays(Clock.systemUTC(), 365)).certificate());
        String current = GatewayCertificates.pem(pki.loadCredential(SENDING, CertificateKind.TLS).certificate())
                + GatewayCertificates.pem(pki.loadCredential(SENDING, CertificateKind.SIGNING).certificate());
        List<String> nextOnes = List.of();
        List<String> currentOnes = List.of();
        try {
            nextOnes = receiver.register(SENDING, next.getBytes(), "test");
            HttpResponse<String> refused = verify();
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(502);
            assertThat(refused.body()).contains("JISR-401-CERT-NOT-REGISTERED");

            // Old and new registered: the sender's certificates in use are taken again.
            currentOnes = receiver.register(SENDING, current.getBytes(), "test");
            assertThat(verify().statusCode()).isEqualTo(200);

            // The ones in use retired: refused from the next message on.
            for (String fingerprint : currentOnes) {
                receiver.retire(SENDING, fingerprint, "test");
            }
            assertThat(verify().body()).contains("JISR-401-CERT-NOT-REGISTERED");
        } finally {
            for (String fingerprint : nextOnes) {
                receiver.retire(SENDING, fingerprint, "test");
            }
            for (String fingerprint : currentOnes) {
                receiver.retire(SENDING, fingerprint, "test");
            }
        }
        // Every registered certificate retired: no longer pinned.
        assertThat(verify().statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ helpers

    static PartnerRegistry registry(GccState state) {
        return network.context(state).getBean(PartnerRegistry.class);
    }

    static TrafficTracking tracking(GccState state) {
        return network.context(state).getBean(TrafficTracking.class);
    }

    static TrafficSystemSimulator trafficSystem(GccState state) {
        return network.context(state).getBean(SimulatedRegistries.class).trafficSimulator(state).orElseThrow();
    }

    /** A Bahraini notice about an Omani car, each about another car (the outbox keeps one car's notices in order). */
    static String submit(String what) {
        ViolationNotice notice = TrafficNotices.speeding(SENDING, RECEIVING, "BH-PARTNERS-" + what + "-" + System.nanoTime(),
                PLATES.incrementAndGet() + " AB");
        return network.context(SENDING).getBean(TrafficIntake.class).submitNotice(new CheckedNotice(notice, List.of()))
                .getTrackingId();
    }

    static String reference(String trackingId) {
        return tracking(SENDING).find(trackingId).orElseThrow().getReference();
    }

    /** A Bahraini agency, with its own certificate, asks its gateway about a valid Omani civil ID. */
    static HttpResponse<String> verify() throws Exception {
        String civilId = ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(sim -> sim.state() == RECEIVING).findFirst().orElseThrow().sampleCivilIds().get("VALID");
        return SharedGccNetwork.agency(SENDING, "TEST-AGENCY").send(HttpRequest.newBuilder(URI.create(network.node(SENDING).nationalUrl() + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"%s","agency":"TEST-AGENCY"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"%s"}"""
                        .formatted(SENDING, civilId, RECEIVING))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static TrackingRecord awaitStatus(GccState state, String trackingId, TrackingStatus status) {
        return await(state, trackingId, r -> r.getStatus() == status);
    }

    static TrackingRecord await(GccState state, String trackingId, Predicate<TrackingRecord> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        TrackingRecord record = null;
        while (Instant.now().isBefore(deadline)) {
            record = tracking(state).find(trackingId).orElseThrow();
            if (condition.test(record)) {
                return record;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("tracking " + trackingId + " at " + state + " never got there; last: "
                + (record == null ? null : record.getStatus()));
    }

    /** A plain TCP relay on loopback: the TLS session runs through it end to end; it only counts connections. */
    static final class TcpRelay implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();

        TcpRelay(int targetPort) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket target = new Socket();
                        target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                        connections.incrementAndGet();
                        pipe(client, target);
                        pipe(target, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "tcp-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ended) {
                    // one side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // both are going anyway
                    }
                }
            }, "tcp-relay-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
