package gcc.jisr.routes.trust;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds and takes apart detached JWS by hand, from RFC 7515 and the JDK alone (Jackson for the header JSON,
 * java.security for the crypto, no JOSE library), to check our signatures independently and to forge the
 * signatures an attacker would send.
 */
final class HandMadeJws {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private HandMadeJws() {
    }

    static String base64url(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    static Map<String, Object> header(String alg, X509Certificate... chain) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("x5c", Arrays.stream(chain).map(HandMadeJws::standardBase64).toList());
        return header;
    }

    static String encodeHeader(Map<String, Object> header) {
        try {
            return base64url(JSON.writeValueAsBytes(header));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7515 5.1: ASCII(BASE64URL(UTF8(protected header)) || '.' || BASE64URL(payload)). */
    static byte[] signingInput(String encodedHeader, byte[] payload) {
        return (encodedHeader + "." + base64url(payload)).getBytes(StandardCharsets.US_ASCII);
    }

    /** ES256 with the JDK's own provider; the JWS form of an ECDSA signature is R || S, 32 bytes each (RFC 7518 3.4). */
    static String es256(PrivateKey key, Map<String, Object> header, byte[] payload) {
        String encodedHeader = encodeHeader(header);
        try {
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
            signature.initSign(key);
            signature.update(signingInput(encodedHeader, payload));
            return encodedHeader + ".." + base64url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(byte[] secret, Map<String, Object> header, byte[] payload) {
        String encodedHeader = encodeHeader(header);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return encodedHeader + ".." + base64url(mac.doFinal(signingInput(encodedHeader, payload)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> parts(String compactJws) {
        return List.of(compactJws.split("\\.", -1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> decodeHeader(String compactJws) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts(compactJws).get(0)), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] signatureBytes(String compactJws) {
        return Base64.getUrlDecoder().decode(parts(compactJws).get(2));
    }

    /**
     * R || S to the ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }} that openssl and Java's plain
     * SHA256withECDSA expect: each half as an unsigned big-endian integer, leading zeros dropped, one zero byte
     * put back when the top bit is set. The same steps as in docs/verifying-signatures.md.
     */
    static byte[] rawToDer(byte[] rawSignature) {
        byte[] r = derInteger(Arrays.copyOfRange(rawSignature, 0, 32));
        byte[] s = derInteger(Arrays.copyOfRange(rawSignature, 32, 64));
        byte[] der = new byte[2 + r.length + s.length];
        der[0] = 0x30;
        der[1] = (byte) (r.length + s.length);
        System.arraycopy(r, 0, der, 2, r.length);
        System.arraycopy(s, 0, der, 2 + r.length, s.length);
        return der;
    }

    private static byte[] derInteger(byte[] unsigned) {
        int start = 0;
        while (start < unsigned.length - 1 && unsigned[start] == 0) {
            start++;
        }
        boolean pad = (unsigned[start] & 0x80) != 0;
        int length = unsigned.length - start + (pad ? 1 : 0);
        byte[] integer = new byte[2 + length];
        integer[0] = 0x02;
        integer[1] = (byte) length;
        System.arraycopy(unsigned, start, integer, 2 + (pad ? 1 : 0), unsigned.length - start);
        return integer;
    }

    private static String standardBase64(X509Certificate certificate) {
        try {
            // x5c holds standard base64 with padding, not base64url (RFC 7515 4.1.6).
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
