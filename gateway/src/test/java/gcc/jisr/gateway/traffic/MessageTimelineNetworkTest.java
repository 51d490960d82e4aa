package gcc.jisr.gateway.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.network.SharedGccNetwork;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import gcc.jisr.routes.trust.JwsProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice from Kuwait to Saudi Arabia seen from the Kuwaiti admin API: its timeline holds both gateways' steps, each
 * with its node, the Saudi half signed by the Saudi gateway and verified. The Saudi partner port tells each state
 * only of the messages it exchanged with Saudi Arabia, over mutual TLS.
 */
@ExtendWith(SharedGccNetwork.class)
class MessageTimelineNetworkTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static LocalGccNetwork network;
    static SubmissionAccepted notice;

    @BeforeAll
    static void aNoticeFromKuwaitIsAcknowledgedBySaudiArabia() throws Exception {
        network = SharedGccNetwork.network();
        notice = acknowledgedNotice(GccState.KW, GccState.SA, "KW-TIMELINE-" + System.nanoTime());
    }

    @Test
    void theTimelineShowsBothGatewaysStepsEachWithItsNode() throws Exception {
        HttpResponse<String> answer = admin(GccState.KW, "auditor", "/messages/" + notice.getTrackingId() + "/timeline");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(answer.body());

        assertThat(timeline.path("messageId").asText()).isEqualTo(notice.getMessageId());
        assertThat(timeline.path("partner").path("state").asText()).isEqualTo("SA");
        assertThat(timeline.path("partner").path("outcome").asText()).isEqualTo("VERIFIED");
        List<String> kuwait = new ArrayList<>();
        List<String> saudi = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (JsonNode event : timeline.path("events")) {
            assertThat(event.path("node").asText()).as(event.toString()).isNotBlank();
            times.add(Instant.parse(event.path("at").asText()));
            if (event.path("gateway").asText().equals("KW")) {
                assertThat(event.path("side").asText()).isEqualTo("LOCAL");
                kuwait.add(event.path("event").asText());
            } else {
                assertThat(event.path("gateway").asText()).isEqualTo("SA");
                assertThat(event.path("side").asText()).isEqualTo("PARTNER");
                assertThat(event.path("node").asText()).startsWith("sa-");
                saudi.add(event.path("event").asText());
            }
        }
        assertThat(kuwait).containsSubsequence("ACCEPTED", "FORWARDED", "SIGNED", "RECEIPT", "DELIVERED", "ACKNOWLEDGED");
        assertThat(saudi).contains("VERIFIED", "RECEIVED", "DELIVERED");
        assertThat(times).isSorted();

        // The same by the envelope's message id; an id nobody knows is a typed 404.
        assertThat(JSON.readTree(admin(GccState.KW, "operator", "/messages/" + notice.getMessageId() + "/timeline").body())
                .path("trackingId").asText()).isEqualTo(notice.getTrackingId());
        HttpResponse<String> unknown = admin(GccState.KW, "auditor", "/messages/no-such-message/timeline");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("code").asText()).isEqualTo("JISR-404-NOT-FOUND");
    }

    @Test
    void thePartnerPortTellsOnlyTheStateThatExchangedTheMessage() throws Exception {
        String path = "/gcc/v1/messages/" + notice.getMessageId() + "/events";

        HttpResponse<String> toKuwait = partnerPort(GccState.SA, GccState.KW, path);
        assertThat(toKuwait.statusCode()).as(toKuwait.body()).isEqualTo(200);
        String signature = toKuwait.headers().firstValue(JwsProfile.HTTP_HEADER).orElseThrow();
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(signature.substring(0, signature.indexOf('.'))));
        assertThat(header.path("alg").asText()).isEqualTo("ES256");
        assertThat(header.path("x5c")).isNotEmpty();
        JsonNode events = JSON.readTree(toKuwait.body());
        assertThat(events.path("gateway").asText()).isEqualTo("SA");
        assertThat(events.path("askedBy").asText()).isEqualTo("KW");
        assertThat(events.path("events").findValuesAsText("event")).contains("RECEIVED");

        // Qatar had no part in it: answered as if the message did not exist, like a message nobody sent.
        assertProblem(partnerPort(GccState.SA, GccState.QA, path), 404, "JISR-404-NOT-FOUND");
        assertProblem(partnerPort(GccState.SA, GccState.KW, "/gcc/v1/messages/0190aaaa-0000-7000-8000-000000000000/events"),
                404, "JISR-404-NOT-FOUND");
        // No client certificate: who asks is unknown.
        assertProblem(partnerPort(GccState.SA, null, path), 401, "JISR-401-CERT-MISSING");
    }

    // ------------------------------------------------------------------ helpers

    static SubmissionAccepted acknowledgedNotice(GccState from, GccState to, String reference) {
        SubmissionAccepted accepted = network.context(from).getBean(TrafficIntake.class)
                .submitNotice(new CheckedNotice(TrafficNotices.speeding(from, to, reference), List.of()));
        Instant deadline = Instant.now().plusSeconds(30);
        TrafficTracking tracking = network.context(from).getBean(TrafficTracking.class);
        while (tracking.find(accepted.getTrackingId()).orElseThrow().getStatus() != TrackingStatus.ACKNOWLEDGED) {
            assertThat(Instant.now()).as("acknowledged within 30 s").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return accepted;
    }

    static HttpResponse<String> admin(GccState state, String operator, String path) throws Exception {
        return SharedGccNetwork.operators().send(adminRequest(state, operator, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** On the gateway's management port, over TLS, with the operator's password. */
    static HttpRequest.Builder adminRequest(GccState state, String operator, String path) {
        String password = SharedGccNetwork.OPERATORS.stream().filter(o -> o[0].equals(operator)).findFirst().orElseThrow()[1];
        return HttpRequest.newBuilder(URI.create(network.node(state).managementUrl() + "/admin/api/v1" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (operator + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A call to the partner port of {@code gateway} with the TLS key of {@code caller} (null: no client certificate). */
    static HttpResponse<String> partnerPort(GccState gateway, GccState caller, String path) throws Exception {
        GatewayCertificates pki = SharedGccNetwork.pki();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(pki.loadTrustStore());
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        KeyManagerFactory keys = null;
        if (caller != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(pki.loadKeyStore(caller, CertificateKind.TLS), "changeit".toCharArray());
        }
        tls.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + network.node(gateway).partnerPort() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> answer, int status, String code) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo(code);
    }
}
