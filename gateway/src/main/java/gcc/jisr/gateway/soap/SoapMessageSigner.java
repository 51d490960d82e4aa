package gcc.jisr.gateway.soap;

import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Crypto;

import javax.security.auth.callback.CallbackHandler;
import java.util.HashMap;
import java.util.Map;

/**
 * Signs every SOAP message this gateway sends with its signing key: a WS-Security header holding a Timestamp, the
 * signing certificate as a BinarySecurityToken, and one XML signature (ECDSA P-256 with SHA-256, exclusive C14N) over
 * the Body and the Timestamp. The certificate travels in the message, so that anyone holding the GCC root certificate
 * can verify the message with a plain XML-DSig tool and nothing else.
 */
public class SoapMessageSigner extends WSS4JOutInterceptor {

    private static final String SIGNING_CRYPTO = "jisr.ws-security.signing-crypto";
    // The Jisr WSDLs bind SOAP 1.1.
    private static final String SIGNED_PARTS = "{Element}{" + WSS4JConstants.WSU_NS + "}Timestamp;{Element}{"
            + WSS4JConstants.URI_SOAP11_ENV + "}Body";

    public SoapMessageSigner(Crypto signing, String keyAlias, CallbackHandler keyPassword) {
        super(settings(signing, keyAlias, keyPassword));
    }

    private static Map<String, Object> settings(Crypto signing, String keyAlias, CallbackHandler keyPassword) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        settings.put(ConfigurationConstants.SIGNATURE_USER, keyAlias);
        settings.put(ConfigurationConstants.SIG_PROP_REF_ID, SIGNING_CRYPTO);
        settings.put(SIGNING_CRYPTO, signing);
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, keyPassword);
        settings.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        settings.put(ConfigurationConstants.SIG_ALGO, WSS4JConstants.ECDSA_SHA256);
        settings.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSS4JConstants.SHA256);
        settings.put(ConfigurationConstants.SIG_C14N_ALGO, WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        settings.put(ConfigurationConstants.SIGNATURE_PARTS, SIGNED_PARTS);
        // National callers without WS-Security must still be able to read the answer: a mustUnderstand header would
        // make their SOAP stacks refuse it. Partners that check the signature do so whether it is marked or not.
        settings.put(ConfigurationConstants.MUST_UNDERSTAND, "false");
        return settings;
    }
}
