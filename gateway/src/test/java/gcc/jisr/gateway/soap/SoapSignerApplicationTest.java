package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.civilid.v1.soap.CivilIdVerificationPortType;
import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.soap.PensionExchangePortType;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.soap.TrafficViolationPortType;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.traffic.TrafficNotices;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.TrafficJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed SOAP request's signer is held to what a JWS signer is held to: its certificate must be trusted by the
 * partner certificate check (the current CRL included, re-read without a restart), and the request may speak for the
 * signer's state only. The KW gateway, over real HTTPS, with clients that sign as partner gateways do; each calls as
 * the agency its message names as sender (front door), so that what is decided here is the signature's doing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Nothing leaves this gateway during the test.
        "jisr.outbox.poll-interval=1h",
        "jisr.pension.poll-interval=1h"})
class SoapSignerApplicationTest {

    static final String VALID = "285010100015";
    static final TestGccPki GCC = TestGccPki.create();
    static final TestGccPki.Signer KUWAIT = GCC.issueSigner("KW");
    static final TestGccPki.Signer SAUDI_ARABIA = GCC.issueSigner("SA");
    static final TestGccPki.Signer QATAR = GCC.issueSigner("QA");
    static final AtomicInteger REFERENCES = new AtomicInteger();

    @TempDir
    static Path pki;

    @DynamicPropertySource
    static void trust(DynamicPropertyRegistry registry) {
        registry.add("jisr.state", () -> "KW");
        registry.add("jisr.trust.directory", () -> {
            String directory = GCC.writeStores(pki, KUWAIT, "KW");
            GCC.publishEncryptionCertificate(pki, "SA");
            return directory;
        });
        registry.add("jisr.trust.password", () -> TestGccPki.PASSWORD);
        registry.add("jisr.trust.create-development-pki", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    PartnerRegistry partners;

    @Test
    void aCertificateRevokedWhileTheGatewayRunsIsRefusedAsRevokedFromTheNextRequestOn() throws Exception {
        TestGccPki.Signer soonRevoked = GCC.issueSigner("SA");
        CivilIdVerificationPortType client = jawazat(PartnerGateway.signingClient(civilId(), soonRevoked), "SA");
        assertThat(client.verifyCivilId(PartnerGateway.request(VALID, "SA")).getCardStatus()).isEqualTo(CardStatus.VALID);

        GCC.revoke(pki, soonRevoked.certificate());

        assertThatThrownBy(() -> client.verifyCivilId(PartnerGateway.request(VALID, "SA")))
                .isInstanceOfSatisfying(JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-401-CERT-REVOKED");
                    assertThat(fault.getFaultInfo().getDetail()).contains(soonRevoked.certificate().getSerialNumber().toString(16).toUpperCase());
                });
        assertThat(jawazat(PartnerGateway.signingClient(civilId(), SAUDI_ARABIA), "SA").verifyCivilId(PartnerGateway.request(VALID, "SA"))
                .getCardStatus()).as("the state's other certificates are still trusted").isEqualTo(CardStatus.VALID);
    }

    @Test
    void aRequestSignedWithAnExpiredCertificateIsRefusedAsExpired() throws Exception {
        Instant now = Instant.now();
        TestGccPki.Signer expired = GCC.issueSigner("SA",
                new CertificateValidity(GCC.root().getNotBefore().toInstant(), now.minus(Duration.ofMinutes(5))));

        assertThatThrownBy(() -> jawazat(PartnerGateway.signingClient(civilId(), expired), "SA").verifyCivilId(PartnerGateway.request(VALID, "SA")))
                .isInstanceOfSatisfying(JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-401-CERT-EXPIRED"));
    }

    @Test
    void aRequestSignedWithACertificateNotValidYetIsRefusedAsNotYetValid() throws Exception {
        Instant now = Instant.now();
        TestGccPki.Signer early = GCC.issueSigner("SA", new CertificateValidity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))));

        assertThatThrownBy(() -> jawazat(PartnerGateway.signingClient(civilId(), early), "SA").verifyCivilId(PartnerGateway.request(VALID, "SA")))
                .isInstanceOfSatisfying(JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-401-CERT-NOT-YET-VALID"));
    }

    @Test
    void aPartnerPinnedToItsRegisteredCertificatesIsRefusedWithAnyOther() throws Exception {
        TestGccPki.Signer registered = GCC.issueSigner("OM");
        TestGccPki.Signer unregistered = GCC.issueSigner("OM");
        partners.add(GccState.OM, URI.create("https://om.gateway.invalid:8443"), Set.of(GccServices.CIVIL_ID_VERIFY),
                Set.of(PurposeCode.BORDER_CROSSING), "test");
        partners.register(GccState.OM, TestGccPki.pem(registered.certificate()).getBytes(StandardCharsets.US_ASCII), "test");

        assertThat(jawazat(PartnerGateway.signingClient(civilId(), registered), "OM").verifyCivilId(PartnerGateway.request(VALID, "OM"))
                .getCardStatus()).isEqualTo(CardStatus.VALID);
        assertThatThrownBy(() -> jawazat(PartnerGateway.signingClient(civilId(), unregistered), "OM").verifyCivilId(PartnerGateway.request(VALID, "OM")))
                .isInstanceOfSatisfying(JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-401-CERT-NOT-REGISTERED"));
    }

    @Test
    void aRequestSignedBySaudiArabiaForAQatariRequesterIsRefusedAsStateMismatch() throws Exception {
        assertThatThrownBy(() -> jawazat(PartnerGateway.signingClient(civilId(), SAUDI_ARABIA), "QA").verifyCivilId(PartnerGateway.request(VALID, "QA")))
                .isInstanceOfSatisfying(JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-403-CERT-STATE-MISMATCH");
                    assertThat(fault.getFaultInfo().getStatus()).isEqualTo(403);
                    assertThat(fault.getFaultInfo().getViolation()).singleElement()
                            .satisfies(v -> assertThat(v.getField()).isEqualTo("/requester/state"));
                });
    }

    @Test
    void aRequestSignedByAPartnerForItsOwnAgencyIsAnswered() throws Exception {
        var answer = jawazat(PartnerGateway.signingClient(civilId(), SAUDI_ARABIA), "SA").verifyCivilId(PartnerGateway.request(VALID, "SA"));
        assertThat(answer.getCardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void aRequestSignedWithThisStatesCertificateSpeaksForThisStatesAgenciesOnly() throws Exception {
        var answer = jawazat(PartnerGateway.signingClient(civilId(), KUWAIT), "KW").verifyCivilId(PartnerGateway.request(VALID, "KW"));
        assertThat(answer.getCardStatus()).isEqualTo(CardStatus.VALID);

        assertThatThrownBy(() -> jawazat(PartnerGateway.signingClient(civilId(), KUWAIT), "SA").verifyCivilId(PartnerGateway.request(VALID, "SA")))
                .isInstanceOfSatisfying(JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-403-CERT-STATE-MISMATCH"));
    }

    @Test
    void anUnsignedRequestIsHeldToNoSignersState() throws Exception {
        var answer = jawazat(PartnerGateway.unsignedClient(civilId()), "QA").verifyCivilId(PartnerGateway.request(VALID, "QA"));
        assertThat(answer.getCardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void aTrafficNoticeSignedBySaudiArabiaOnBehalfOfAKuwaitiAgencyIsRefusedAsStateMismatch() throws Exception {
        TrafficViolationPortType saudi = kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), SAUDI_ARABIA));

        assertThatThrownBy(() -> saudi.submitViolation(kuwaitiNotice()))
                .isInstanceOfSatisfying(gcc.jisr.contracts.traffic.v1.soap.JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-403-CERT-STATE-MISMATCH");
                    assertThat(fault.getFaultInfo().getViolation()).singleElement()
                            .satisfies(v -> assertThat(v.getField()).isEqualTo("/reporter/state"));
                });
    }

    @Test
    void aTrafficNoticeSignedWithThisStatesCertificateIsAccepted() throws Exception {
        TrafficViolationPortType kuwait = kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), KUWAIT));

        assertThat(kuwait.submitViolation(kuwaitiNotice()).getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
    }

    @Test
    void aPensionNoticeSignedBySaudiArabiaForAKuwaitiInstitutionIsRefusedAsStateMismatch() throws Exception {
        PensionExchangePortType saudi = pifss(PartnerGateway.signingClient(PensionExchangePortType.class, pension(), SAUDI_ARABIA));

        assertThatThrownBy(() -> saudi.submitNotice(kuwaitiPensionNotice()))
                .isInstanceOfSatisfying(gcc.jisr.contracts.pension.v1.soap.JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-403-CERT-STATE-MISMATCH");
                    assertThat(fault.getFaultInfo().getViolation()).singleElement()
                            .satisfies(v -> assertThat(v.getField()).isEqualTo("/sender"));
                });
    }

    @Test
    void aPensionNoticeSignedWithThisStatesCertificateIsAccepted() throws Exception {
        PensionExchangePortType kuwait = pifss(PartnerGateway.signingClient(PensionExchangePortType.class, pension(), KUWAIT));

        assertThat(kuwait.submitNotice(kuwaitiPensionNotice()).getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
    }

    // The tracking reads below come from the agency that sent the message, which may read it (front door): whatever
    // is not found is not found because of the signer.

    @Test
    void aSignerReadsTheTrafficTrackingOfItsOwnStatesMessagesOnlyAndLearnsNothingOfOthers() throws Exception {
        String tracked = kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), KUWAIT))
                .submitViolation(kuwaitiNotice()).getTrackingId();

        assertThat(kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), KUWAIT)).getTracking(tracked)
                .getTrackingId()).as("this state's own signer").isEqualTo(tracked);
        assertThat(kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), SAUDI_ARABIA))
                .getTracking(tracked).getTo().getState()).as("the state the notice goes to").isEqualTo("SA");

        TrafficViolationPortType qatar = kuwaitiTraffic(PartnerGateway.signingClient(TrafficViolationPortType.class, traffic(), QATAR));
        String neverSeen = "0190c0de-0000-7000-8000-000000000000";
        assertThatThrownBy(() -> qatar.getTracking(tracked)).as("a third state")
                .isInstanceOfSatisfying(gcc.jisr.contracts.traffic.v1.soap.JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-404-NOT-FOUND");
                    assertThat(fault.getFaultInfo().getDetail()).doesNotContain("QA").doesNotContain("SA");
                });
        assertThatThrownBy(() -> qatar.getTracking(neverSeen)).as("the answer for an id never seen is the same")
                .isInstanceOfSatisfying(gcc.jisr.contracts.traffic.v1.soap.JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-404-NOT-FOUND"));
    }

    @Test
    void aSignerReadsThePensionTrackingOfItsOwnStatesMessagesOnly() throws Exception {
        String tracked = pifss(PartnerGateway.signingClient(PensionExchangePortType.class, pension(), KUWAIT))
                .submitNotice(kuwaitiPensionNotice()).getTrackingId();

        assertThat(pifss(PartnerGateway.signingClient(PensionExchangePortType.class, pension(), SAUDI_ARABIA))
                .getTracking(tracked).getTrackingId()).as("the state the notice goes to").isEqualTo(tracked);
        assertThatThrownBy(() -> pifss(PartnerGateway.signingClient(PensionExchangePortType.class, pension(), QATAR))
                .getTracking(tracked))
                .as("a third state")
                .isInstanceOfSatisfying(gcc.jisr.contracts.pension.v1.soap.JisrFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-404-NOT-FOUND"));
    }

    private static ViolationNotice kuwaitiNotice() {
        return TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-TR-SIGNED-" + REFERENCES.incrementAndGet(), "ABJ 1234");
    }

    /** A wage change of a Saudi working in Kuwait, reported by PIFSS to GOSI. */
    private static PensionNotice kuwaitiPensionNotice() throws Exception {
        try (InputStream in = SoapSignerApplicationTest.class.getResourceAsStream("/pension/notice-wage-change-ae-gpssa-saudi-in-dubai.json")) {
            PensionNotice notice = TrafficJson.read(TrafficJson.tree(in.readAllBytes()), PensionNotice.class);
            notice.setNoticeId("PIFSS-N-SIGNED-" + REFERENCES.incrementAndGet());
            notice.setSender("KW:PIFSS");
            return notice;
        }
    }

    private String civilId() {
        return "https://127.0.0.1:" + port + "/soap/CivilIdVerification";
    }

    private String traffic() {
        return "https://127.0.0.1:" + port + "/soap/TrafficViolation";
    }

    private String pension() {
        return "https://127.0.0.1:" + port + "/soap/PensionExchange";
    }

    /** The client calls as the passport office of the state its civil-ID requests name as requester. */
    private static <T> T jawazat(T client, String requesterState) {
        return calling(client, requesterState, "JAWAZAT");
    }

    /** The reporter of {@link #kuwaitiNotice()}. */
    private static <T> T kuwaitiTraffic(T client) {
        return calling(client, "KW", "MOI-TRAFFIC");
    }

    /** The sender of {@link #kuwaitiPensionNotice()}. */
    private static <T> T pifss(T client) {
        return calling(client, "KW", "PIFSS");
    }

    private static <T> T calling(T client, String state, String agency) {
        return AgencySystems.calling(client, pki, state, agency);
    }
}
