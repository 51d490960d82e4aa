package gcc.jisr.routes.trust;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.Base64;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs the exact bytes a gateway is about to send. The answer is a detached compact JWS
 * ({@code <protected header>..<signature>}) to put in the {@value JwsProfile#HTTP_HEADER} header; the body itself
 * goes on the wire unchanged, so that what was signed is byte for byte what is received and archived.
 * One instance per signing identity, shared by all threads.
 */
public final class EnvelopeSigner {

    /** What the signer reads of a header: only its algorithm (the header's bytes are part of the signing input). */
    private static final JWSHeader ALGORITHM_ONLY = new JWSHeader(JwsProfile.ALGORITHM);

    private final ECDSASigner signer;
    private final X509Certificate certificate;
    /**
     * The protected header as JSON, less its closing brace: the same x5c and kid for every message. Serializing the
     * chain again for each message was an eighth of all signing time (JFR); only the messageId differs.
     */
    private final String headerOpening;
    private final String receiptHeader;

    public EnvelopeSigner(SigningIdentity identity) {
        this.signer = p256Signer(identity);
        this.certificate = identity.certificate();
        String header = new JWSHeader.Builder(JwsProfile.ALGORITHM).x509CertChain(encode(identity.chain()))
                .keyID(identity.keyId()).build().toString();
        this.headerOpening = header.substring(0, header.lastIndexOf('}'));
        this.receiptHeader = base64url(header);
    }

    /** Signs bytes that are not an envelope of their own, such as a receipt. */
    public String sign(byte[] exactBytes) {
        return signWithHeader(exactBytes, receiptHeader);
    }

    /** Signs an envelope and names its {@code messageId} in the protected header. */
    public String sign(byte[] exactBytes, String messageId) {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("An envelope is signed with its messageId");
        }
        return signWithHeader(exactBytes, base64url(headerOpening + ",\"" + JwsProfile.MESSAGE_ID_PARAMETER + "\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(messageId)) + "\"}"));
    }

    /** The certificate a receiver will find as the leaf of {@code x5c}. */
    public X509Certificate certificate() {
        return certificate;
    }

    // The signing input is base64url-encoded with the JDK: Nimbus's own codec is built to resist timing attacks
    // (needed for secrets, not for a public header and body) and took half of all signing time (measured, JFR).
    private static String base64url(String headerJson) {
        return JwsProfile.BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8));
    }

    private String signWithHeader(byte[] exactBytes, String encodedHeader) {
        String signingInput = encodedHeader + "." + JwsProfile.BASE64URL.encodeToString(exactBytes);
        try {
            return encodedHeader + ".." + signer.sign(ALGORITHM_ONLY, signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new JisrException(JisrError.INTERNAL, "The gateway could not sign the message: " + e.getMessage(), e);
        }
    }

    private static ECDSASigner p256Signer(SigningIdentity identity) {
        try {
            ECDSASigner signer = new ECDSASigner(JwsProfile.inProvider(identity.privateKey()), Curve.P_256);
            signer.getJCAContext().setProvider(JwsProfile.CRYPTO);
            return signer;
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The signing key cannot sign ES256: " + e.getMessage(), e);
        }
    }

    private static List<Base64> encode(List<X509Certificate> chain) {
        List<Base64> encoded = new ArrayList<>(chain.size());
        for (X509Certificate certificate : chain) {
            try {
                encoded.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("Cannot encode the certificate " + certificate.getSubjectX500Principal(), e);
            }
        }
        return List.copyOf(encoded);
    }
}
