package gcc.jisr.gateway.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.StateCredential;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.pension.PensionKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The encryption keys of the pension flow, from the PKI directory: this gateway's own key-agreement key
 * ({@code <state>-encryption.p12}), and each partner's encryption certificate, from jisr.pension.encryption-certificates
 * or else {@code <state>-encryption.pem} beside the trust store. A partner's certificate is used only once the GCC PKI
 * trusts it (root, validity, revocation), it names that state, and its key usage allows key agreement.
 */
final class StoredPensionKeys implements PensionKeys {

    /** keyUsage bit 4 (RFC 5280): keyAgreement. */
    private static final int KEY_AGREEMENT = 4;

    private final GatewayCertificates certificates;
    private final PartnerCertificates trust;
    private final Map<GccState, Path> configured;
    private final ECPrivateKey ownKey;
    private final Map<GccState, Recipient> recipients = new ConcurrentHashMap<>();

    StoredPensionKeys(GatewayCertificates certificates, PartnerCertificates trust, GccState ownState, Map<GccState, Path> configured) {
        this.certificates = certificates;
        this.trust = trust;
        this.configured = Map.copyOf(configured);
        StateCredential own = certificates.loadCredential(ownState, CertificateKind.ENCRYPTION);
        if (!(own.privateKey() instanceof ECPrivateKey ec)) {
            throw new IllegalStateException("the encryption key of " + ownState + " is not an EC key");
        }
        this.ownKey = ec;
    }

    @Override
    public Recipient recipient(GccState state) {
        return recipients.computeIfAbsent(state, this::load);
    }

    @Override
    public ECPrivateKey ownKey() {
        return ownKey;
    }

    private Recipient load(GccState state) {
        Path file = configured.getOrDefault(state, certificates.encryptionCertificateFile(state));
        if (!Files.isReadable(file)) {
            throw new JisrException(JisrError.STATE_NOT_SERVED, "this gateway holds no encryption certificate of " + state
                    + " (" + file.getFileName() + ")");
        }
        List<X509Certificate> chain = GatewayCertificates.loadCertificates(file);
        GccState named = trust.trustedState(chain);
        X509Certificate leaf = chain.get(0);
        boolean[] usage = leaf.getKeyUsage();
        if (named != state || usage == null || usage.length <= KEY_AGREEMENT || !usage[KEY_AGREEMENT]
                || !(leaf.getPublicKey() instanceof ECPublicKey key)) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, file.getFileName() + " is not an encryption"
                    + " (key agreement) certificate of " + state);
        }
        return new Recipient(state.name().toLowerCase() + "-encryption-" + leaf.getSerialNumber().toString(16), key);
    }
}
