package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.AgencyAuthority;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import gcc.jisr.gateway.pki.Revocation;
import gcc.jisr.gateway.pki.StateCredential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A GCC root CA of the gateway's own PKI, for tests: it issues ECDSA P-256 certificates and writes the full set of
 * stores a gateway reads ({@code gcc-trust.p12}, the CRL, {@code <state>-tls.p12}, {@code <state>-signing.p12}, every
 * state's agency CA with its CRL, from which tests issue agency credentials as they call).
 * Each call of {@link #create()} makes an unrelated root.
 */
final class TestGccPki {

    static final String PASSWORD = "test-pki-password";

    private final GccCertificateAuthority authority;

    private TestGccPki(GccCertificateAuthority authority) {
        this.authority = authority;
    }

    static TestGccPki create() {
        // A year: agency credentials issued on first use for 30 days must lie within it, whenever the test asks for them.
        return new TestGccPki(GccCertificateAuthority.createRoot(CertificateValidity.forDays(Clock.systemUTC(), 365)));
    }

    X509Certificate root() {
        return authority.rootCertificate();
    }

    String rootPem() {
        return pem(root());
    }

    /** A gateway signing key and its certificate, as {@code <state>-signing.p12} holds them. */
    Signer issueSigner(String state) {
        return issueSigner(state, CertificateValidity.forDays(Clock.systemUTC(), 10));
    }

    /** As above, valid when given: already expired or not valid yet, within the root's own validity. */
    Signer issueSigner(String state, CertificateValidity validity) {
        StateCredential credential = authority.issue(GccState.valueOf(state), CertificateKind.SIGNING, validity);
        return new Signer(credential.privateKey(), credential.chain().toArray(X509Certificate[]::new));
    }

    /** Publishes the CRL that follows the one in {@code directory}, listing the certificate, as {@code pki revoke} does. */
    void revoke(Path directory, X509Certificate certificate) {
        GatewayCertificates certificates = new GatewayCertificates(directory, PASSWORD.toCharArray());
        Instant now = Clock.systemUTC().instant();
        certificates.writeCrl(authority.nextCrl(certificates.loadCrl(), List.of(new Revocation(certificate.getSerialNumber(), now)),
                now, now.plus(Duration.ofDays(7))));
    }

    /** Hands the gateway in {@code directory} a partner's encryption certificate (public), as partners exchange them. */
    void publishEncryptionCertificate(Path directory, String state) {
        StateCredential partner = authority.issue(GccState.valueOf(state), CertificateKind.ENCRYPTION,
                CertificateValidity.forDays(Clock.systemUTC(), 10));
        GatewayCertificates certificates = new GatewayCertificates(directory, PASSWORD.toCharArray());
        try {
            Files.writeString(certificates.encryptionCertificateFile(GccState.valueOf(state)),
                    GatewayCertificates.pem(partner.certificate()) + GatewayCertificates.pem(root()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this CA's trust store and CRL and the state's TLS and signing stores into {@code directory}. */
    String writeStores(Path directory, Signer signer, String state) {
        GccState gccState = GccState.valueOf(state);
        GatewayCertificates certificates = new GatewayCertificates(directory, PASSWORD.toCharArray());
        certificates.writeAuthority(authority);
        certificates.writeCrl(authority.emptyCrl(Clock.systemUTC().instant(), Clock.systemUTC().instant().plus(Duration.ofDays(7))));
        certificates.writeCredential(authority.issue(gccState, CertificateKind.TLS, CertificateValidity.forDays(Clock.systemUTC(), 10)));
        certificates.writeCredential(new StateCredential(gccState, CertificateKind.SIGNING, signer.key(), signer.certificate(), root()));
        // As the pki command issues it: the key partners seal pension payloads to.
        certificates.writeCredential(authority.issue(gccState, CertificateKind.ENCRYPTION, CertificateValidity.forDays(Clock.systemUTC(), 10)));
        // Agencies of every state call the national API with certificates of their state's agency CA.
        Instant now = Clock.systemUTC().instant();
        for (GccState agencyState : GccState.values()) {
            AgencyAuthority agencies = authority.issueAgencyAuthority(agencyState,
                    new CertificateValidity(root().getNotBefore().toInstant(), root().getNotAfter().toInstant()));
            certificates.writeAgencyAuthority(agencies, agencies.emptyCrl(now, now.plus(Duration.ofDays(7))));
        }
        return directory.toString();
    }

    record Signer(PrivateKey key, X509Certificate[] chain) {
        X509Certificate certificate() {
            return chain[0];
        }

        KeyStore keyStore() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signing", key, PASSWORD.toCharArray(), chain.clone());
                return store;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String pem(Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
