package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import org.apache.xml.security.algorithms.JCEMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The KW gateway's SOAP endpoint with WS-Security, over real HTTPS as Saudi Arabia's passport office (the requester of
 * every request here) calls it: what it sends is verifiable by a plain XML-DSig validator holding only the GCC root, and
 * what partners send signed is verified before anything else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SoapSignaturesApplicationTest {

    static final String VALID = "285010100015";
    static final TestGccPki GCC = TestGccPki.create();
    static final TestGccPki.Signer KUWAIT = GCC.issueSigner("KW");
    static final TestGccPki.Signer SAUDI_ARABIA = GCC.issueSigner("SA");

    @TempDir
    static Path pki;

    @DynamicPropertySource
    static void trust(DynamicPropertyRegistry registry) {
        registry.add("jisr.state", () -> "KW");
        registry.add("jisr.trust.directory", () -> GCC.writeStores(pki, KUWAIT, "KW"));
        registry.add("jisr.trust.password", () -> TestGccPki.PASSWORD);
        registry.add("jisr.trust.create-development-pki", () -> "false");
    }

    @LocalServerPort
    int port;

    HttpClient jawazat;

    @BeforeEach
    void asTheRequestersAgency() {
        jawazat = AgencySystems.http(pki, "SA", "JAWAZAT");
    }

    @Test
    void aResponseVerifiesWithThePlainJdkXmlDsigValidatorAndTheGccRootAlone() throws Exception {
        HttpResponse<byte[]> response = post(PartnerGateway.rawRequest(VALID).getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("an unsigned request of a national caller is still answered").isEqualTo(200);

        PlainXmlDsigCheck.Outcome outcome = PlainXmlDsigCheck.verify(response.body(), GCC.root());

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.signer()).isEqualTo(KUWAIT.certificate());
        assertThat(outcome.signatureMethod()).isEqualTo("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        assertThat(outcome.canonicalizationMethod()).isEqualTo("http://www.w3.org/2001/10/xml-exc-c14n#");
        assertThat(outcome.digestMethods()).containsOnly("http://www.w3.org/2001/04/xmlenc#sha256");
        assertThat(outcome.referencedIds()).containsExactlyInAnyOrder(outcome.bodyId(), outcome.timestampId());
    }

    @Test
    void flippingOneCharacterOfTheBodyMakesThePlainValidatorSayInvalid() throws Exception {
        byte[] signed = post(PartnerGateway.rawRequest(VALID).getBytes(StandardCharsets.UTF_8)).body();
        String text = new String(signed, StandardCharsets.UTF_8);
        int civilId = text.indexOf(VALID, text.indexOf(":Body"));
        assertThat(civilId).isPositive();
        byte[] tampered = (text.substring(0, civilId) + "3" + text.substring(civilId + 1)).getBytes(StandardCharsets.UTF_8);

        assertThat(PlainXmlDsigCheck.verify(signed, GCC.root()).valid()).isTrue();
        assertThat(PlainXmlDsigCheck.verify(tampered, GCC.root()).valid()).isFalse();
    }

    @Test
    void faultsLeaveSignedToo() throws Exception {
        HttpResponse<byte[]> fault = post(PartnerGateway.rawRequest("285010100016").getBytes(StandardCharsets.UTF_8));

        assertThat(fault.statusCode()).isEqualTo(500);
        assertThat(new String(fault.body(), StandardCharsets.UTF_8)).contains("jisr:JISR-400-CIVIL-ID");
        assertThat(PlainXmlDsigCheck.verify(fault.body(), GCC.root()).valid()).isTrue();
    }

    @Test
    void signaturesAreMadeThroughBouncyCastle() throws Exception {
        post(PartnerGateway.rawRequest(VALID).getBytes(StandardCharsets.UTF_8));
        assertThat(JCEMapper.getProviderId()).isEqualTo("BC");
    }

    @Test
    void aRequestSignedByAPartnerGatewayIsAccepted() throws Exception {
        var answer = calling(PartnerGateway.signingClient(endpoint(), SAUDI_ARABIA)).verifyCivilId(PartnerGateway.request(VALID));
        assertThat(answer.getCardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void aSignedRequestTamperedInTransitIsRefusedAsInvalid() throws Exception {
        try (TamperingRelay relay = new TamperingRelay(jawazat, endpoint(), request -> request.replace(VALID, "290071500219"))) {
            // The CXF client reaches the relay on plain loopback HTTP; the relay calls the gateway as the agency.
            var client = PartnerGateway.signingClient(relay.address(), SAUDI_ARABIA);

            assertThatThrownBy(() -> client.verifyCivilId(PartnerGateway.request(VALID)))
                    .isInstanceOfSatisfying(JisrFault.class, fault -> assertThat(fault.getFaultInfo().getCode())
                            .isEqualTo("JISR-401-SIGNATURE-INVALID"));
            assertThat(relay.lastAnswer()).contains(">jisr:JISR-401-SIGNATURE-INVALID</faultcode>");
        }
    }

    @Test
    void aRequestSignedUnderAnotherRootIsRefusedAsWrongIssuerAsAJwsSignerIs() {
        TestGccPki.Signer impostor = TestGccPki.create().issueSigner("SA");

        assertThatThrownBy(() -> calling(PartnerGateway.signingClient(endpoint(), impostor)).verifyCivilId(PartnerGateway.request(VALID)))
                .isInstanceOfSatisfying(JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-401-CERT-WRONG-ISSUER");
                    assertThat(fault.getFaultInfo().getDetail()).contains("was not issued by the GCC authority");
                });
    }

    @Test
    void aSignedRequestWhoseTimestampHasExpiredIsRefusedAsStale() throws Exception {
        byte[] old = PartnerGateway.rawSignedRequest(VALID, SAUDI_ARABIA, Instant.now().minus(Duration.ofHours(1)));
        byte[] fresh = PartnerGateway.rawSignedRequest(VALID, SAUDI_ARABIA, Instant.now());

        assertThat(post(fresh).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> refused = post(old);
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains(">jisr:JISR-409-STALE</faultcode>");
    }

    @Test
    void aSignatureThatLeavesTheBodyOutIsRefusedAsInvalid() throws Exception {
        byte[] timestampOnly = PartnerGateway.rawSignedRequest(VALID, SAUDI_ARABIA, Instant.now(), false);

        HttpResponse<byte[]> refused = post(timestampOnly);

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .contains(">jisr:JISR-401-SIGNATURE-INVALID</faultcode>", "does not cover the SOAP Body");
    }

    @Test
    void aSamlAssertionBesideTheSignatureIsIgnoredNotProcessed() throws Exception {
        String signed = new String(PartnerGateway.rawSignedRequest(VALID, SAUDI_ARABIA, Instant.now()), StandardCharsets.UTF_8);
        int header = signed.indexOf('>', signed.indexOf(":Security")) + 1;
        String withAssertion = signed.substring(0, header) + """
                <saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1" Version="2.0" \
                IssueInstant="2026-01-01T00:00:00Z"><saml2:Issuer>somebody</saml2:Issuer></saml2:Assertion>""" + signed.substring(header);

        HttpResponse<byte[]> response = post(withAssertion.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }

    private String endpoint() {
        return "https://127.0.0.1:" + port + "/soap/CivilIdVerification";
    }

    private HttpResponse<byte[]> post(byte[] soap) throws Exception {
        return AgencySystems.post(jawazat, endpoint(), soap);
    }

    private <T> T calling(T client) {
        return AgencySystems.calling(client, pki, "SA", "JAWAZAT");
    }
}
