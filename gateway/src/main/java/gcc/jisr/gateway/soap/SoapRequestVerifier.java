package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.partner.PartnerCertificates;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.headers.Header;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.namespace.QName;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies the WS-Security signature of a SOAP request before anything else reads it (PRE_PROTOCOL: before the
 * body is unmarshalled, schema-checked or handed to a route). A signed request must carry a Timestamp and a
 * signature over the Body and that Timestamp; anything less is JISR-401-SIGNATURE-INVALID (JISR-409-STALE for an
 * expired Timestamp). Once the signature verifies, the signer's certificate goes through the partner certificate check
 * that JWS signers and mutual-TLS peers go through (GCC root, validity, the current CRL, the partner's registered
 * certificates), which refuses with its own codes (JISR-401-CERT-REVOKED, -CERT-EXPIRED, …), and the signer is left
 * on the message as a {@link SoapSigner} for the endpoint to hold the request's claimed state to. An unsigned request
 * passes untouched unless signatures are required, when it is JISR-401-SIGNATURE-MISSING.
 */
public class SoapRequestVerifier extends WSS4JInInterceptor {

    private static final String VERIFICATION_CRYPTO = "jisr.ws-security.verification-crypto";
    private static final Logger LOG = LoggerFactory.getLogger(SoapRequestVerifier.class);
    private static final QName SECURITY_HEADER = new QName(WSS4JConstants.WSSE_NS, WSS4JConstants.WSSE_LN);

    /** As many certificates as a JWS signer may send in x5c: a gateway's certificate and the GCC root, with room. */
    private static final int MAX_CHAIN_LENGTH = 5;

    /** The WSS4J results that are signatures: by an X.509 key, by a UsernameToken's key, by a SAML token's key. */
    private static final Set<Integer> SIGNATURES = Set.of(WSConstants.SIGN, WSConstants.UT_SIGN, WSConstants.ST_SIGNED);

    private final boolean trustAnchorsInstalled;
    private final PartnerCertificates signers;
    private final boolean signatureRequired;
    private final DefaultCryptoCoverageChecker bodyAndTimestampSigned = new DefaultCryptoCoverageChecker();

    /**
     * @param verification the GCC trust anchors, or {@code null} when none are installed (every signed request is
     *                     then refused: a signature that cannot be checked proves nothing)
     * @param signers      the partner certificate check, re-reading the CRL when the CA publishes a new one
     */
    public SoapRequestVerifier(Crypto verification, PartnerCertificates signers, boolean signatureRequired) {
        super(settings(verification));
        this.trustAnchorsInstalled = verification != null;
        this.signers = Objects.requireNonNull(signers, "signers");
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
        settings.put(VALIDATOR_MAP, Map.of(WSConstants.SIGNATURE, new SignerNamedByCertificate()));
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
        // Only now, as for a JWS: no PKI work is spent on bytes that the named key never signed.
        try {
            message.put(SoapSigner.PROPERTY, trustedSigner(message));
        } catch (JisrException refused) {
            throw new Fault(refused);
        }
    }

    /**
     * The signer of every signature the request carries, each one's certificate trusted by the partner check. A
     * request signed for two states speaks for neither.
     */
    private SoapSigner trustedSigner(SoapMessage message) {
        SoapSigner signer = null;
        List<WSHandlerResult> received = CastUtils.cast((List<?>) message.get(WSHandlerConstants.RECV_RESULTS));
        for (WSHandlerResult handled : received == null ? List.<WSHandlerResult>of() : received) {
            for (WSSecurityEngineResult result : handled.getResults()) {
                Object action = result.get(WSSecurityEngineResult.TAG_ACTION);
                if (action == null || !SIGNATURES.contains(action)) {
                    continue;
                }
                SoapSigner next = trustedSigner((X509Certificate[]) result.get(WSSecurityEngineResult.TAG_X509_CERTIFICATES));
                if (signer != null && signer.state() != next.state()) {
                    throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "the request carries signatures of both "
                            + signer.state() + " and " + next.state());
                }
                signer = next;
            }
        }
        if (signer == null) {
            throw new JisrException(JisrError.SIGNATURE_INVALID, "no signature of this request was verified");
        }
        return signer;
    }

    private SoapSigner trustedSigner(X509Certificate[] chain) {
        if (chain == null || chain.length == 0 || chain[0] == null) {
            throw new JisrException(JisrError.SIGNATURE_INVALID, "a signature of this request is not made with an X.509 certificate");
        }
        if (chain.length > MAX_CHAIN_LENGTH) {
            throw new JisrException(JisrError.SIGNATURE_INVALID, "the signer's certificate path holds " + chain.length
                    + " certificates, more than the " + MAX_CHAIN_LENGTH + " accepted");
        }
        GccState state = signers.trustedState(Arrays.asList(chain));
        return new SoapSigner(state, chain[0]);
    }

    /**
     * Stands in for WSS4J's SignatureTrustValidator, which runs before the signature is checked and refuses an expired,
     * revoked or foreign certificate alike as a failed authentication. Here a signature need only name its signer by an
     * X.509 certificate; whether that certificate is trusted is decided once the signature verifies, by the partner
     * certificate check, with the catalogue's code for each refusal.
     */
    private static final class SignerNamedByCertificate implements Validator {
        @Override
        public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
            if (credential == null || credential.getCertificates() == null || credential.getCertificates().length == 0) {
                // A bare public key (KeyValue) or a key a token derives names no one the GCC PKI can vouch for.
                throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
            }
            return credential;
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
                return switch (security.getErrorCode()) {
                    case MESSAGE_EXPIRED -> new JisrException(JisrError.STALE_MESSAGE,
                            "the WS-Security Timestamp has expired or lies in the future");
                    case FAILED_CHECK, FAILED_SIGNATURE -> new JisrException(JisrError.SIGNATURE_INVALID,
                            "the WS-Security signature does not match the message received");
                    case FAILED_AUTHENTICATION, SECURITY_TOKEN_UNAVAILABLE, INVALID_SECURITY_TOKEN -> new JisrException(
                            JisrError.SIGNATURE_INVALID, "the signature does not name its signer by an X.509 certificate this gateway can read");
                    default -> new JisrException(JisrError.SIGNATURE_INVALID,
                            "the WS-Security header is not a Timestamp and a signature this gateway can verify");
                };
            }
        }
        return new JisrException(JisrError.SIGNATURE_INVALID, "the WS-Security signature does not cover the SOAP Body and the Timestamp");
    }
}
