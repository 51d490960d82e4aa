package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gateway told to accept signed SOAP requests only ({@code jisr.soap.require-signed-requests: true}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jisr.soap.require-signed-requests=true")
class RequiredSoapSignaturesApplicationTest {

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

    @Test
    void anUnsignedRequestIsRefusedAsMissingItsSignature() throws Exception {
        HttpResponse<byte[]> fault = AgencySystems.post(AgencySystems.http(pki, "SA", "JAWAZAT"), endpoint(),
                PartnerGateway.rawRequest(VALID).getBytes(StandardCharsets.UTF_8));

        assertThat(fault.statusCode()).isEqualTo(500);
        assertThat(new String(fault.body(), StandardCharsets.UTF_8)).contains(">jisr:JISR-401-SIGNATURE-MISSING</faultcode>");
        assertThat(PlainXmlDsigCheck.verify(fault.body(), GCC.root()).valid()).as("the refusal itself is signed").isTrue();
        assertThatThrownBy(() -> AgencySystems.calling(PartnerGateway.unsignedClient(endpoint()), pki, "SA", "JAWAZAT").verifyCivilId(PartnerGateway.request(VALID)))
                .isInstanceOfSatisfying(JisrFault.class, f -> assertThat(f.getFaultInfo().getCode()).isEqualTo("JISR-401-SIGNATURE-MISSING"));
    }

    @Test
    void aSignedRequestIsAnswered() throws Exception {
        // Signed by the state whose agency asks: a signed request speaks for its signer's state only.
        var answer = AgencySystems.calling(PartnerGateway.signingClient(endpoint(), SAUDI_ARABIA), pki, "SA", "JAWAZAT").verifyCivilId(PartnerGateway.request(VALID, "SA"));
        assertThat(answer.getCardStatus()).isEqualTo(CardStatus.VALID);
    }

    private String endpoint() {
        return "https://127.0.0.1:" + port + "/soap/CivilIdVerification";
    }
}
