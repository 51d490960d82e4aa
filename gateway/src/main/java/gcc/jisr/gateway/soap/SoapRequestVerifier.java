package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.namespace.QName;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies the WS-Security signature of a SOAP request before anything else reads it (PRE_PROTOCOL: before the
 * body is unmarshalled, schema-checked or handed to a route). A signed request must carry a Timestamp and a
 * signature over the Body and that Timestamp, by a certificate that chains to the GCC trust anchors; anything less is
 * JISR-401-SIGNATURE-INVALID (JISR-409-STALE for an expired Timestamp). An unsigned request passes untouched unless
 * signatures are required, when it is JISR-401-SIGNATURE-MISSING.
 */
public class SoapRequestVerifier extends WSS4JInInterceptor {

    private static final String VERIFICATION_CRYPTO = "jisr.ws-security.verification-crypto";
    private static final Logger LOG = LoggerFactory.getLogger(SoapRequestVerifier.class);
    private static final QName SECURITY_HEADER = new QName(WSS4JConstants.WSSE_NS, WSS4JConstants.WSSE_LN);

    private final boolean trustAnchorsInstalled;
    private final boolean signatureRequired;
    private final DefaultCryptoCoverageChecker bodyAndTimestampSigned = new DefaultCryptoCoverageChecker();

    /**
     * @param verification the GCC trust anchors, or {@code null} when none are installed (every signed request is
     *                     then refused: a signature that cannot be checked proves nothing)
     */
    public SoapRequestVerifier(Crypto verification, boolean signatureRequired) {
        super(settings(verification));
        this.trustAnchorsInstalled = verification != null;
        this.signatureRequired = signatureRequired;
    }

    private static Map<String, Object> settings(Crypto verification) {
        Map<String, Object> settings = new HashMap<>();
        // Exactly these, in any order: a request signed without a Timestamp could be replayed for ever.
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        if (verification != null) {
            settings.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, VERIFICATION_CRYPTO);
            settings.put(VERIFICATION_CRYPTO, verification);
        }
        // Jisr uses no SAML and ships without OpenSAML: a SAML assertion in a request is skipped like any element
        // WSS4J has no processor for, rather than reaching SAML code that is not there.
        Map<QName, Object> noSaml = new HashMap<>();
        noSaml.put(WSConstants.SAML_TOKEN, null);
        noSaml.put(WSConstants.SAML2_TOKEN, null);
        noSaml.put(WSConstants.ENCRYPTED_ASSERTION, null);
        settings.put(PROCESSOR_MAP, noSaml);
        return settings;
    }

    @Override
    public void handleMessage(SoapMessage message) throws Fault {
        if (message.containsKey(SECURITY_PROCESSED) || isGET(message)) {
            return;
        }
        if (!carriesSignature(message)) {
            if (signatureRequired) {
                throw new Fault(new JisrException(JisrError.SIGNATURE_MISSING,
                        "this gateway accepts SOAP requests only with a WS-Security signature over the Body and a Timestamp"));
            }
            // Nothing to verify: WSS4J need not parse the request into a DOM.
            message.put(SECURITY_PROCESSED, Boolean.TRUE);
            return;
        }
        if (!trustAnchorsInstalled) {
            throw new Fault(new JisrException(JisrError.SIGNATURE_INVALID,
                    "this gateway holds no GCC trust anchors to verify the WS-Security signature with"));
        }
        // Replay detection belongs to the message-id store that all nodes of a state share (Hazelcast), not to a
        // per-node cache of timestamps on disk. CXF reads this switch from the message, not from the interceptor.
        message.put(SecurityConstants.ENABLE_TIMESTAMP_CACHE, Boolean.FALSE);
        try {
            super.handleMessage(message);
            bodyAndTimestampSigned.handleMessage(message);
        } catch (Fault failure) {
            throw new Fault(explain(failure));
        }
    }

    private static boolean carriesSignature(SoapMessage message) {
        for (Header header : message.getHeaders()) {
            if (SECURITY_HEADER.equals(header.getName()) && header.getObject() instanceof Element security) {
                for (Node child = security.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element && WSS4JConstants.SIG_NS.equals(element.getNamespaceURI())
                            && WSS4JConstants.SIG_LN.equals(element.getLocalName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Says why, without echoing WSS4J's text, which may name internals of this gateway. */
    static JisrException explain(Fault failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WSSecurityException security) {
                LOG.debug("WS-Security refused the request: {} {}", security.getErrorCode(), security.getMessage());
                if ("certpath".equals(security.getMsgID())) {
                    return new JisrException(JisrError.SIGNATURE_INVALID, "the signing certificate does not chain to the GCC trust anchors");
                }
                return switch (security.getErrorCode()) {
                    case MESSAGE_EXPIRED -> new JisrException(JisrError.STALE_MESSAGE,
                            "the WS-Security Timestamp has expired or lies in the future");
                    case FAILED_CHECK, FAILED_SIGNATURE -> new JisrException(JisrError.SIGNATURE_INVALID,
                            "the WS-Security signature does not match the message received");
                    case FAILED_AUTHENTICATION, SECURITY_TOKEN_UNAVAILABLE, INVALID_SECURITY_TOKEN -> new JisrException(
                            JisrError.SIGNATURE_INVALID, "the signing certificate is not one this gateway can trust");
                    default -> new JisrException(JisrError.SIGNATURE_INVALID,
                            "the WS-Security header is not a Timestamp and a signature this gateway can verify");
                };
            }
        }
        return new JisrException(JisrError.SIGNATURE_INVALID, "the WS-Security signature does not cover the SOAP Body and the Timestamp");
    }
}
