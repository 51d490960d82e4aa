package gcc.jisr.routes.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * Verifies the detached JWS that came with a body over the exact bytes received, and says who signed them.
 * Only the Jisr profile is accepted ({@link JwsProfile}): ES256, payload detached and base64url-encoded, nothing
 * critical, the signer's chain in {@code x5c}, the signature made with the key of its leaf. Whether that chain is
 * trusted is the {@link SignerCertificateCheck}'s decision, and its refusal reaches the caller unchanged.
 * Shared by all threads.
 */
public final class EnvelopeSignatureCheck {


    private static final int ES256_SIGNATURE_BYTES = 64;

    /** Beyond this many distinct signer chains, the memory of parsed ones starts again. */
    private static final int REMEMBERED_SIGNERS = 256;

    private final SignerCertificateCheck certificateCheck;
    /**
     * The x5c chains seen, parsed, each with a verifier for its leaf's key: a partner sends the same chain with every
     * message, and parsing it and importing its key again each time cost more than a tenth of verifying (JFR).
     * Nothing here is trusted because it is remembered: the certificate check runs for every message. Shared by all
     * instances (callers make one per message): what it holds follows from the x5c bytes alone.
     */
    private static final Map<List<Base64>, Signer> SIGNERS = new ConcurrentHashMap<>();

    private record Signer(List<X509Certificate> chain, ECDSAVerifier verifier) {
    }

    public EnvelopeSignatureCheck(SignerCertificateCheck certificateCheck) {
        this.certificateCheck = Objects.requireNonNull(certificateCheck, "certificateCheck");
    }

    /**
     * @param bytesReceived the body exactly as it came off the wire, before any parsing
     * @param detachedJws   the value of the {@value JwsProfile#HTTP_HEADER} header, or null when there was none
     * @return the signer's certificate (the {@code x5c} leaf), once the certificate check has accepted its chain
     * @throws JisrException {@link JisrError#SIGNATURE_MISSING} when there is no signature,
     *                       {@link JisrError#SIGNATURE_INVALID} when it is not a Jisr JWS or does not verify over
     *                       these bytes, or whatever the certificate check throws
     */
    public X509Certificate verify(byte[] bytesReceived, String detachedJws) {
        Objects.requireNonNull(bytesReceived, "bytesReceived");
        if (detachedJws == null || detachedJws.isBlank()) {
            throw new JisrException(JisrError.SIGNATURE_MISSING, "The message carries no " + JwsProfile.HTTP_HEADER + " header");
        }
        if (detachedJws.length() > JwsProfile.MAX_SIGNATURE_LENGTH) {
            throw invalid("The signature is " + detachedJws.length() + " characters long, more than the "
                    + JwsProfile.MAX_SIGNATURE_LENGTH + " accepted");
        }
        DetachedJws jws = parse(bytesReceived, detachedJws);
        JWSHeader header = jws.header();
        requireProfile(header);
        requireCanonicalSignature(jws.signature());
        Signer named = signerOf(header);
        List<X509Certificate> chain = named.chain();
        X509Certificate signer = chain.get(0);
        // The signature first: a tampered body or header is refused as such, and no PKI work (chain, revocation)
        // is spent on bytes that the named key never signed.
        if (!isVerifiedBy(jws, named.verifier())) {
            throw invalid("The signature does not verify over the bytes received with the key of "
                    + signer.getSubjectX500Principal());
        }
        X509Certificate accepted = certificateCheck.accept(chain);
        if (!signer.equals(accepted)) {
            throw invalid("The certificate check accepted another certificate than the one that signed, "
                    + signer.getSubjectX500Principal());
        }
        return signer;
    }

    /** A detached JWS with the signing input rebuilt from the bytes received. */
    private record DetachedJws(JWSHeader header, byte[] signingInput, Base64URL signature) {
    }

    private static DetachedJws parse(byte[] bytesReceived, String detachedJws) {
        int dots = detachedJws.indexOf("..");
        if (!isDetachedCompact(detachedJws, dots)) {
            throw invalid("The signature is not a detached compact JWS: <base64url header>..<base64url signature>");
        }
        String encodedHeader = detachedJws.substring(0, dots);
        try {
            // Decoded with the JDK: header and body are public, Nimbus's timing-safe codec is not needed and is slow.
            String json = new String(java.util.Base64.getUrlDecoder().decode(encodedHeader), StandardCharsets.UTF_8);
            JWSHeader header = JWSHeader.parse(json, new Base64URL(encodedHeader));
            byte[] signingInput = (encodedHeader + "." + JwsProfile.BASE64URL.encodeToString(bytesReceived))
                    .getBytes(StandardCharsets.US_ASCII);
            return new DetachedJws(header, signingInput, new Base64URL(detachedJws.substring(dots + 2)));
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid("The signature is not a detached compact JWS: " + e.getMessage());
        }
    }

    /**
     * Strictly base64url, the payload part empty: the bytes received are what was signed, or nothing is. JOSE
     * libraries also decode '+', '/', padding and whitespace; refusing them keeps one signature to one string, so
     * that what is archived is exactly what an auditor hands to openssl. A loop rather than a regular expression: the
     * header carries the signer's whole x5c chain, and matching it with java.util.regex was 2 % of a gateway's CPU.
     */
    private static boolean isDetachedCompact(String jws, int dots) {
        if (dots <= 0 || dots + 2 >= jws.length()) {
            return false;
        }
        for (int i = 0; i < jws.length(); i++) {
            if ((i < dots || i >= dots + 2) && !isBase64UrlCharacter(jws.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64UrlCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static void requireProfile(JWSHeader header) {
        if (!JwsProfile.ALGORITHM.equals(header.getAlgorithm())) {
            throw invalid("The signature algorithm " + header.getAlgorithm() + " is not accepted; Jisr signs with "
                    + JwsProfile.ALGORITHM);
        }
        if (!header.isBase64URLEncodePayload()) {
            throw invalid("An unencoded payload (b64=false) is not accepted");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw invalid("Critical header parameters " + header.getCriticalParams() + " are not accepted");
        }
    }

    private static void requireCanonicalSignature(Base64URL encoded) {
        // The last of 86 base64url characters has 4 spare bits; a decoder ignores them, so 16 strings would pass.
        byte[] signature = encoded.decode();
        if (signature.length != ES256_SIGNATURE_BYTES || !Base64URL.encode(signature).equals(encoded)) {
            throw invalid("The signature value is not the 64-byte R || S of ES256 in canonical base64url");
        }
    }

    private static Signer signerOf(JWSHeader header) {
        List<Base64> x5c = header.getX509CertChain();
        if (x5c == null || x5c.isEmpty()) {
            throw invalid("The signature names no signer: its header has no x5c certificate chain");
        }
        if (x5c.size() > JwsProfile.MAX_CHAIN_LENGTH) {
            throw invalid("The x5c chain holds " + x5c.size() + " certificates, more than the "
                    + JwsProfile.MAX_CHAIN_LENGTH + " accepted");
        }
        Signer known = SIGNERS.get(x5c);
        if (known != null) {
            return known;
        }
        List<X509Certificate> chain = certificateChain(x5c);
        Signer parsed = new Signer(chain, verifierFor(chain.get(0)));
        if (SIGNERS.size() >= REMEMBERED_SIGNERS) {
            SIGNERS.clear();
        }
        SIGNERS.put(List.copyOf(x5c), parsed);
        return parsed;
    }

    private static List<X509Certificate> certificateChain(List<Base64> x5c) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>(x5c.size());
            for (Base64 encoded : x5c) {
                byte[] der = java.util.Base64.getDecoder().decode(encoded.toString());
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            return List.copyOf(chain);
        } catch (CertificateException | RuntimeException e) {
            throw invalid("The x5c certificate chain cannot be read: " + e.getMessage());
        }
    }

    private static ECDSAVerifier verifierFor(X509Certificate signer) {
        if (!JwsProfile.isP256(signer.getPublicKey())) {
            throw invalid("The signer's certificate " + signer.getSubjectX500Principal() + " does not hold a P-256 key");
        }
        try {
            ECDSAVerifier verifier = new ECDSAVerifier(JwsProfile.inProvider(signer.getPublicKey()));
            verifier.getJCAContext().setProvider(JwsProfile.CRYPTO);
            return verifier;
        } catch (JOSEException | IllegalArgumentException e) {
            // An altered x5c can still parse as a certificate whose key is no point on the curve.
            throw invalid("The signature cannot be checked: " + e.getMessage());
        }
    }

    private static boolean isVerifiedBy(DetachedJws jws, ECDSAVerifier verifier) {
        try {
            return verifier.verify(jws.header(), jws.signingInput(), jws.signature());
        } catch (JOSEException | IllegalArgumentException e) {
            throw invalid("The signature cannot be checked: " + e.getMessage());
        }
    }

    private static JisrException invalid(String detail) {
        return new JisrException(JisrError.SIGNATURE_INVALID, detail);
    }
}
