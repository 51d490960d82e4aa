package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.gateway.pki.PartnerCertificateCheck;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * A partner's certificates as an operator uploads them (PEM, one or more): each must be a gateway certificate of the
 * GCC CA, within its validity, not revoked, and the partner's own. Each refusal names the certificate (its position in
 * the upload) and, for a failed PKI check, the border's own code for it.
 */
final class PartnerCertificateUpload {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_CERTIFICATES = 8;

    private PartnerCertificateUpload() {
    }

    static List<X509Certificate> read(byte[] pem) {
        if (pem == null || pem.length == 0 || pem.length > MAX_BYTES) {
            throw new JisrException(JisrError.CERTIFICATE_UNREADABLE, "the body is 1 to " + MAX_BYTES
                    + " bytes of PEM certificates (-----BEGIN CERTIFICATE----- ...)");
        }
        Collection<? extends Certificate> read;
        try {
            read = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new JisrException(JisrError.CERTIFICATE_UNREADABLE, "the body is not PEM X.509 certificates: "
                    + e.getMessage(), e);
        }
        if (read.isEmpty() || read.size() > MAX_CERTIFICATES) {
            throw new JisrException(JisrError.CERTIFICATE_UNREADABLE, "the body holds " + read.size()
                    + " certificates; 1 to " + MAX_CERTIFICATES + " are taken at once");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        read.forEach(c -> certificates.add((X509Certificate) c));
        return certificates;
    }

    static void requireAcceptable(GccState partner, List<X509Certificate> certificates, PartnerCertificateCheck check) {
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            String field = "/certificates/" + i;
            GccState state;
            try {
                state = check.check(List.of(certificate));
            } catch (JisrException refused) {
                throw new JisrException(JisrError.CERTIFICATE_NOT_ACCEPTED, "certificate " + i + " ("
                        + certificate.getSubjectX500Principal().getName() + "): " + refused.error().code() + " "
                        + refused.getMessage(), List.of(new FieldViolation(field, refused.error().code())));
            }
            if (state != partner) {
                throw new JisrException(JisrError.CERTIFICATE_FOR_OTHER_STATE, "certificate " + i + " ("
                        + certificate.getSubjectX500Principal().getName() + ") is " + state + "'s, not " + partner + "'s",
                        List.of(new FieldViolation(field, "a certificate of " + state)));
            }
        }
    }

    /** SHA-256 of the DER encoding in lower-case hex, as {@code openssl x509 -noout -fingerprint -sha256} shows it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot digest a certificate", e);
        }
    }
}
