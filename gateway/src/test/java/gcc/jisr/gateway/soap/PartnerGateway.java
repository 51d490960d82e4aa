package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.civilid.v1.soap.CivilIdVerificationPortType;
import gcc.jisr.contracts.common.v1.Party;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.common.util.WSTimeSource;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

import javax.net.ssl.SSLContext;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A partner state's gateway calling this one over SOAP: with a CXF client whose stock WSS4JOutInterceptor signs each
 * request with the partner's key, or with raw HTTP for messages no well-behaved client would send. The national port
 * takes agencies only: each call presents an agency's credential ({@code AgencyClients.tls}), that of the agency the
 * request names (the raw requests name SA:JAWAZAT).
 */
final class PartnerGateway {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String SOAP_ACTION = "\"urn:gcc:jisr:civil-id:v1:verify\"";

    private PartnerGateway() {
    }

    /** A JAX-WS client that signs its requests as a Jisr gateway does: Timestamp and Body, ECDSA-SHA256, BST. */
    static CivilIdVerificationPortType signingClient(String address, TestGccPki.Signer signer) {
        return signingClient(CivilIdVerificationPortType.class, address, signer);
    }

    /** As above, for any of the gateway's SOAP services. */
    static <T> T signingClient(Class<T> service, String address, TestGccPki.Signer signer) {
        return signingClient(service, address, signer, null);
    }

    /** As above, over TLS as the agency whose credential {@code agencyTls} holds. */
    static <T> T signingClient(Class<T> service, String address, TestGccPki.Signer signer, SSLContext agencyTls) {
        Map<String, Object> signing = new HashMap<>();
        signing.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        signing.put(ConfigurationConstants.SIGNATURE_USER, "signing");
        signing.put(ConfigurationConstants.SIG_PROP_REF_ID, "partnerSigningCrypto");
        signing.put("partnerSigningCrypto", crypto(signer));
        signing.put(ConfigurationConstants.PW_CALLBACK_REF, password());
        signing.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        signing.put(ConfigurationConstants.SIG_ALGO, WSConstants.ECDSA_SHA256);
        signing.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSConstants.SHA256);
        signing.put(ConfigurationConstants.SIGNATURE_PARTS,
                "{Element}{" + WSConstants.WSU_NS + "}Timestamp;{Element}{" + WSConstants.URI_SOAP11_ENV + "}Body");
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(service);
        factory.setAddress(address);
        factory.getOutInterceptors().add(new WSS4JOutInterceptor(signing));
        return as(service.cast(factory.create()), agencyTls);
    }

    static CivilIdVerificationPortType unsignedClient(String address) {
        return unsignedClient(address, null);
    }

    static CivilIdVerificationPortType unsignedClient(String address, SSLContext agencyTls) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CivilIdVerificationPortType.class);
        factory.setAddress(address);
        return as((CivilIdVerificationPortType) factory.create(), agencyTls);
    }

    private static <T> T as(T proxy, SSLContext agencyTls) {
        if (agencyTls != null) {
            TLSClientParameters parameters = new TLSClientParameters();
            parameters.setSslContext(agencyTls);
            ((HTTPConduit) ClientProxy.getClient(proxy).getConduit()).setTlsClientParameters(parameters);
        }
        return proxy;
    }

    /** The raw request a national caller sends, unsigned. */
    static String rawRequest(String civilId) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="urn:gcc:jisr:civil-id:wsdl:v1" \
                xmlns:cid="urn:gcc:jisr:civil-id:v1" xmlns:c="urn:gcc:jisr:common:v1"><soapenv:Header/><soapenv:Body><w:verifyCivilId><w:request>\
                <cid:requester><c:state>SA</c:state><c:agency>JAWAZAT</c:agency></cid:requester><cid:purpose>BORDER_CROSSING</cid:purpose>\
                <cid:civilId>%s</cid:civilId><cid:issuingState>KW</cid:issuingState></w:request></w:verifyCivilId></soapenv:Body></soapenv:Envelope>"""
                .formatted(civilId);
    }

    /** The raw request signed with WSS4J directly, its Timestamp made at {@code signedAt}. */
    static byte[] rawSignedRequest(String civilId, TestGccPki.Signer signer, Instant signedAt) throws Exception {
        return rawSignedRequest(civilId, signer, signedAt, true);
    }

    /** As above; {@code coverBody} false leaves the Body out of the signature, which then covers the Timestamp only. */
    static byte[] rawSignedRequest(String civilId, TestGccPki.Signer signer, Instant signedAt, boolean coverBody) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document message = factory.newDocumentBuilder().parse(new ByteArrayInputStream(rawRequest(civilId).getBytes(StandardCharsets.UTF_8)));
        WSSecHeader header = new WSSecHeader(message);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setWsTimeSource(new FixedTime(signedAt));
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo("signing", TestGccPki.PASSWORD);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.ECDSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
        if (coverBody) {
            signature.getParts().add(new WSEncryptionPart("Body", WSConstants.URI_SOAP11_ENV, ""));
        }
        signature.build(crypto(signer));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(message), new StreamResult(bytes));
        return bytes.toByteArray();
    }

    static HttpResponse<byte[]> post(String address, byte[] soap) throws Exception {
        return post(HTTP, address, soap);
    }

    /** As the agency whose client this is ({@code AgencyClients.http}). */
    static HttpResponse<byte[]> post(HttpClient agency, String address, byte[] soap) throws Exception {
        return agency.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", SOAP_ACTION)
                .POST(HttpRequest.BodyPublishers.ofByteArray(soap)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static CivilIdVerificationRequest request(String civilId) {
        return request(civilId, "SA");
    }

    /** A request by an agency of {@code requesterState}, about a Kuwaiti civil ID. */
    static CivilIdVerificationRequest request(String civilId, String requesterState) {
        CivilIdVerificationRequest request = new CivilIdVerificationRequest();
        Party requester = new Party();
        requester.setState(requesterState);
        requester.setAgency("JAWAZAT");
        request.setRequester(requester);
        request.setPurpose(PurposeCode.BORDER_CROSSING);
        request.setCivilId(civilId);
        request.setIssuingState("KW");
        return request;
    }

    private static Merlin crypto(TestGccPki.Signer signer) {
        Merlin crypto = new Merlin();
        crypto.setKeyStore(signer.keyStore());
        return crypto;
    }

    private static CallbackHandler password() {
        return callbacks -> {
            for (var callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(TestGccPki.PASSWORD);
            }
        };
    }

    private record FixedTime(Instant now) implements WSTimeSource {
    }
}
