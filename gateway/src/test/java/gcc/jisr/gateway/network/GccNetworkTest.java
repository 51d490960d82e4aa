package gcc.jisr.gateway.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.store.ArchiveRecord;
import gcc.jisr.gateway.store.ChainVerification;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.trust.EnvelopeSignatureCheck;
import gcc.jisr.routes.trust.Receipt;
import gcc.jisr.routes.trust.ReceiptCheck;
import gcc.jisr.routes.trust.SentEnvelope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six real gateways on loopback, one per state, over mutual TLS with keys of one development GCC CA: a civil-ID
 * verification asked at any state's gateway about any other state's civil ID crosses both gateways, each gateway
 * archives both envelopes as signed, and the asking gateway keeps the issuing gateway's signed receipt for the exact
 * envelope it sent, in an archive whose chain verifies. Agencies call their gateway over TLS with their own
 * certificates, and a gateway forwards a request only in the name of the agency that called.
 */
@ExtendWith(SharedGccNetwork.class)
class GccNetworkTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<GccState, Map<String, String>> SAMPLES = new EnumMap<>(GccState.class);
    static LocalGccNetwork network;
    static GatewayCertificates pki;

    @BeforeAll
    static void joinTheNetwork() {
        ServiceLoader.load(CivilRegistrySimulator.class).forEach(sim -> SAMPLES.put(sim.state(), sim.sampleCivilIds()));
        network = SharedGccNetwork.network();
        pki = SharedGccNetwork.pki();
    }

    static Stream<Arguments> orderedPairs() {
        return Stream.of(GccState.values()).flatMap(asking -> Stream.of(GccState.values())
                .filter(issuing -> issuing != asking).map(issuing -> Arguments.of(asking, issuing)));
    }

    @ParameterizedTest(name = "{0} asks about a {1} civil ID")
    @MethodSource("orderedPairs")
    void aVerificationCrossesBothGatewaysAndLeavesASignedReceipt(GccState asking, GccState issuing) throws Exception {
        String civilId = SAMPLES.get(issuing).get("VALID");
        HttpResponse<String> answer = verify(asking, issuing, civilId, "BORDER_CROSSING");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("cardStatus").asText()).isEqualTo("VALID");
        assertThat(body.path("issuingState").asText()).isEqualTo(issuing.code());
        assertThat(body.path("person").path("fullNameLatin").asText()).isNotBlank();

        String messageId = body.path("messageId").asText();
        ArchiveRecord sent = network.context(asking).getBean(MessageArchive.class).find(messageId, Direction.SENT).orElseThrow();
        assertThat(sent.toState()).isEqualTo(issuing.name());
        // The archived receipt still proves delivery on its own: signed by the issuing state, over the bytes sent.
        Receipt receipt = new ReceiptCheck(new EnvelopeSignatureCheck(chain -> {
            assertThat(pki.partnerCheck(Clock.systemUTC()).check(chain)).isEqualTo(issuing);
            return chain.get(0);
        })).verify(sent.signedReceipt().orElseThrow(), new SentEnvelope(messageId, issuing, sent.envelope()));
        assertThat(receipt.receivedBy()).isEqualTo(issuing);
        // The issuing gateway archived the very bytes the asking gateway sent, with the asking gateway's signature.
        ArchiveRecord received = network.context(issuing).getBean(MessageArchive.class)
                .find(messageId, Direction.RECEIVED).orElseThrow();
        assertThat(received.envelope()).isEqualTo(sent.envelope());
        new EnvelopeSignatureCheck(chain -> {
            assertThat(pki.partnerCheck(Clock.systemUTC()).check(chain)).isEqualTo(asking);
            return chain.get(0);
        }).verify(received.envelope(), received.signature());
        assertThat(network.context(asking).getBean(ChainVerification.class).verify().valid()).isTrue();
        assertThat(network.context(issuing).getBean(ChainVerification.class).verify().valid()).isTrue();
    }

    @Test
    void theIssuingStatesDisclosurePolicyAndRefusalsReachTheAskingAgency() throws Exception {
        HttpResponse<String> expired = verify(GccState.QA, GccState.OM, SAMPLES.get(GccState.OM).get("EXPIRED"), "BORDER_CROSSING");
        assertThat(JSON.readTree(expired.body()).path("cardStatus").asText()).isEqualTo("EXPIRED");

        // Banking KYC may only confirm claimed attributes: the issuing gateway's policy leaves the person out.
        HttpResponse<String> kyc = verify(GccState.BH, GccState.AE, SAMPLES.get(GccState.AE).get("VALID"), "BANKING_KYC");
        assertThat(kyc.statusCode()).as(kyc.body()).isEqualTo(200);
        assertThat(JSON.readTree(kyc.body()).has("person")).isFalse();

        // The check digit is checked at the asking gateway: a wrong ID never leaves it.
        String valid = SAMPLES.get(GccState.KW).get("VALID");
        String wrongDigit = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);
        HttpResponse<String> refused = verify(GccState.SA, GccState.KW, wrongDigit, "BORDER_CROSSING");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("JISR-400-CIVIL-ID");
    }

    @Test
    void aGatewayForwardsOnlyItsOwnStatesAgencies() throws Exception {
        // A Qatari agency, with its own certificate, at the Saudi gateway: it may call, but is no Saudi agency.
        HttpResponse<String> answer = SharedGccNetwork.agency(GccState.QA, "MOI").send(HttpRequest.newBuilder(
                        URI.create(network.node(GccState.SA).nationalUrl() + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"QA","agency":"MOI"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW"}"""
                        .formatted(SAMPLES.get(GccState.KW).get("VALID")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo("JISR-403-SERVICE-NOT-GRANTED");
    }

    @Test
    void theIssuingGatewayCountsAndTimesTheEnvelopesItTakesAtTheBorder() throws Exception {
        HttpResponse<String> answer = verify(GccState.QA, GccState.OM, SAMPLES.get(GccState.OM).get("VALID"), "BORDER_CROSSING");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        HttpResponse<String> scrape = SharedGccNetwork.operators().send(HttpRequest.newBuilder(URI.create(
                network.node(GccState.OM).managementUrl() + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).containsPattern("(?m)^jisr_partner_envelopes_received_seconds_count\\{[^}]*"
                + "outcome=\"ACCEPTED\",partner=\"QA\",service=\"gcc.civil-id.verify.v1\"[^}]*} [1-9]");
    }

    @Test
    void aSaudiAgencyWithItsOwnCertificateIsVerifiedByKuwaitThroughTheSaudiGateway() throws Exception {
        HttpResponse<String> answer = verifyAs(SharedGccNetwork.agency(GccState.SA, "JAWAZAT"), GccState.SA, "SA", "JAWAZAT",
                SAMPLES.get(GccState.KW).get("VALID"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("cardStatus").asText()).isEqualTo("VALID");
        assertThat(body.path("issuingState").asText()).isEqualTo("KW");
        // It crossed: the Kuwaiti gateway took the envelope the Saudi gateway signed and sent.
        String messageId = body.path("messageId").asText();
        ArchiveRecord received = network.context(GccState.KW).getBean(MessageArchive.class)
                .find(messageId, Direction.RECEIVED).orElseThrow();
        assertThat(received.envelope()).isEqualTo(network.context(GccState.SA).getBean(MessageArchive.class)
                .find(messageId, Direction.SENT).orElseThrow().envelope());
        assertThat(JSON.readTree(received.envelope()).path("from").path("state").asText()).isEqualTo("SA");
    }

    @Test
    void aKuwaitiAgencyCannotAskInTheNameOfASaudiOne() throws Exception {
        HttpResponse<String> answer = verifyAs(SharedGccNetwork.agency(GccState.KW, "PACI"), GccState.SA, "SA", "JAWAZAT",
                SAMPLES.get(GccState.KW).get("VALID"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo("JISR-403-REQUESTER-MISMATCH");
    }

    static HttpResponse<String> verifyAs(HttpClient agency, GccState gateway, String requesterState, String requesterAgency,
                                         String kuwaitiCivilId) throws Exception {
        return agency.send(HttpRequest.newBuilder(URI.create(network.node(gateway).nationalUrl() + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"%s","agency":"%s"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW"}"""
                        .formatted(requesterState, requesterAgency, kuwaitiCivilId))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asked by an agency of the asking state, with its own certificate, at its own state's gateway. */
    static HttpResponse<String> verify(GccState asking, GccState issuing, String civilId, String purpose) throws Exception {
        return SharedGccNetwork.agency(asking, "TEST-AGENCY").send(HttpRequest.newBuilder(URI.create(network.node(asking).nationalUrl() + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"%s","agency":"TEST-AGENCY"},"purpose":"%s","civilId":"%s","issuingState":"%s"}"""
                        .formatted(asking, purpose, civilId, issuing))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
