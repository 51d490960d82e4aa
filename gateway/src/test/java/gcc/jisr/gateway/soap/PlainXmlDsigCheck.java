package gcc.jisr.gateway.soap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Verifies a WS-Security signed SOAP message the way an auditor with no WS-Security stack would: the JDK's own
 * XML-DSig implementation (javax.xml.crypto.dsig, provider "XMLDSig", not Santuario), the certificate taken from the
 * BinarySecurityToken and checked against the GCC root with the JDK's PKIX validator, nothing of Jisr, CXF or WSS4J.
 */
final class PlainXmlDsigCheck {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    record Outcome(boolean valid, X509Certificate signer, String signatureMethod, String canonicalizationMethod,
                   List<String> digestMethods, List<String> referencedIds, String bodyId, String timestampId) {
    }

    private PlainXmlDsigCheck() {
    }

    static Outcome verify(byte[] soap, X509Certificate gccRoot) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document message = factory.newDocumentBuilder().parse(new ByteArrayInputStream(soap));

        // WS-Security points at signed parts by wsu:Id, which a plain DOM does not know to be an ID.
        NodeList all = message.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(WSU, "Id")) {
                element.setIdAttributeNS(WSU, "Id", true);
            }
        }

        Element token = only(message, WSSE, "BinarySecurityToken");
        X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(token.getTextContent())));
        chainsTo(signer, gccRoot);

        Element signatureElement = only(message, XMLSignature.XMLNS, "Signature");
        DOMValidateContext context = new DOMValidateContext(signer.getPublicKey(), signatureElement);
        XMLSignature signature = XMLSignatureFactory.getInstance("DOM", "XMLDSig").unmarshalXMLSignature(context);
        boolean valid = signature.validate(context);

        List<String> digests = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object o : signature.getSignedInfo().getReferences()) {
            Reference reference = (Reference) o;
            digests.add(reference.getDigestMethod().getAlgorithm());
            ids.add(reference.getURI().substring(1));
        }
        return new Outcome(valid, signer, signature.getSignedInfo().getSignatureMethod().getAlgorithm(),
                signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm(), digests, ids,
                only(message, SOAP, "Body").getAttributeNS(WSU, "Id"), only(message, WSU, "Timestamp").getAttributeNS(WSU, "Id"));
    }

    private static void chainsTo(X509Certificate signer, X509Certificate root) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer)), parameters);
    }

    private static Element only(Document document, String namespace, String localName) {
        NodeList found = document.getElementsByTagNameNS(namespace, localName);
        if (found.getLength() != 1) {
            throw new AssertionError("expected one " + localName + ", found " + found.getLength());
        }
        return (Element) found.item(0);
    }
}
