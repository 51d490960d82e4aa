package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import gcc.jisr.contracts.common.v1.JisrFaultDetail;
import gcc.jisr.contracts.common.v1.ObjectFactory;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.gateway.problems.SoapFaultWriter;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.apache.cxf.frontend.WSDLQueryException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.namespace.QName;
import java.util.Locale;

/**
 * Gives every fault of the gateway's SOAP services its Jisr error code, as X-Road does: faultcode
 * {@code jisr:JISR-…}, the code first in the fault string, and the jisrFault detail. Faults raised by an endpoint
 * already carry their detail; faults CXF raises itself (unparseable XML, a DTD, a schema violation) are classified
 * here, so that SOAP callers get the same codes as REST callers.
 */
public class JisrSoapFaults extends AbstractPhaseInterceptor<Message> {

    private static final JAXBContext FAULT_CONTEXT = faultContext();

    public JisrSoapFaults() {
        super(Phase.PRE_PROTOCOL);
        addAfter(WebFaultOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        JisrFaultDetail written = endpointDetail(fault);
        if (written != null) {
            fault.setFaultCode(code(written.getCode()));
            return;
        }
        JisrException failure = classify(fault);
        if (failure.error() == JisrError.NOT_FOUND) {
            // A ?wsdl or ?xsd query for something the contract does not hold: an HTTP GET, not a SOAP call.
            fault.setStatusCode(failure.error().httpStatus());
            message.put(Message.RESPONSE_CODE, failure.error().httpStatus());
        }
        JisrFault soapFault = JisrFailures.soapFault(failure, null);
        fault.setMessage(soapFault.getMessage());
        fault.setFaultCode(code(failure.error().code()));
        Element detail = fault.getOrCreateDetail();
        for (Node child = detail.getFirstChild(); child != null; child = detail.getFirstChild()) {
            detail.removeChild(child);
        }
        writeDetail(soapFault.getFaultInfo(), detail);
    }

    /**
     * The jisrFault detail an endpoint wrote itself, whichever of the gateway's WSDLs it answers (each has its own
     * generated fault class around the same detail), or null when CXF raised the fault before any endpoint ran.
     */
    public static JisrFaultDetail endpointDetail(Fault fault) {
        Throwable cause = fault.getCause();
        if (cause instanceof JisrFault civilId) {
            return civilId.getFaultInfo();
        }
        if (cause instanceof gcc.jisr.contracts.traffic.v1.soap.JisrFault traffic) {
            return traffic.getFaultInfo();
        }
        if (cause instanceof gcc.jisr.contracts.pension.v1.soap.JisrFault pension) {
            return pension.getFaultInfo();
        }
        return null;
    }

    static JisrException classify(Fault fault) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof JisrException jisr) {
                return jisr;
            }
            messages.append(' ').append(t.getMessage());
        }
        String text = messages.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        // The caller's protocol mistakes come first: their messages quote what the caller sent (a SOAPAction, a
        // query), which could otherwise match the words looked for below.
        JisrException protocol = protocolMistake(fault, lower);
        if (protocol != null) {
            return protocol;
        }
        if (lower.contains("dtd") || lower.contains("doctype") || lower.contains("entity")) {
            return new JisrException(JisrError.XML_FORBIDDEN_CONSTRUCT, "DTDs and entities are not accepted");
        }
        if (lower.contains("maximum element depth") || lower.contains("maxelementdepth") || lower.contains("depth limit")) {
            return new JisrException(JisrError.XML_FORBIDDEN_CONSTRUCT, "the XML is nested deeper than this gateway accepts");
        }
        if (lower.contains("cvc-enumeration-valid") && text.contains("BORDER_CROSSING")) {
            return new JisrException(JisrError.UNKNOWN_PURPOSE, "purpose: " + cvcReason(fault.getMessage()));
        }
        if (lower.contains("cvc-") || lower.contains("unmarshalling error") || lower.contains("unexpected element")
                || lower.contains("was not recognized")) {
            return new JisrException(JisrError.SCHEMA, cvcReason(fault.getMessage()));
        }
        if (lower.contains("unexpected character") || lower.contains("parseerror") || lower.contains("unexpected eof")
                || lower.contains("xmlstreamexception") || lower.contains("premature end") || lower.contains("couldn't parse")
                || lower.contains("not well-formed") || lower.contains("invalid xml")) {
            return new JisrException(JisrError.MALFORMED, "the body is not a well-formed SOAP message");
        }
        if (Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode())) {
            return new JisrException(JisrError.SCHEMA, "the SOAP message was refused: " + fault.getMessage());
        }
        return JisrFailures.classify(fault);
    }

    /**
     * What CXF refuses before any operation runs, recognised by its own messages (CXF 4.1): each is the caller's
     * mistake, answered with its own code and logged as a refusal rather than as the gateway's failure.
     */
    private static JisrException protocolMistake(Fault fault, String lower) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof WSDLQueryException) {
                return new JisrException(JisrError.NOT_FOUND, "the service's contract holds no such document");
            }
        }
        if (lower.contains("soapaction") && lower.contains("does not match an operation")) {
            return new JisrException(JisrError.SOAP_ACTION, "the SOAPAction names no operation of this service");
        }
        if (lower.contains("soap 1.2 message is not valid when sent to a soap 1.1 only endpoint")) {
            return new JisrException(JisrError.SOAP_VERSION, "this endpoint speaks SOAP 1.1 (namespace "
                    + "http://schemas.xmlsoap.org/soap/envelope/, Content-Type text/xml); the envelope is SOAP 1.2");
        }
        if (lower.contains("is not a valid soap version")) {
            return new JisrException(JisrError.SOAP_ENVELOPE, "the root element is not a SOAP 1.1 Envelope "
                    + "(namespace http://schemas.xmlsoap.org/soap/envelope/)");
        }
        if (lower.contains("message part") && lower.contains("was not recognized")) {
            return new JisrException(JisrError.SOAP_OPERATION, "the body's element names no operation of this service; "
                    + "see its ?wsdl");
        }
        return null;
    }

    private static String cvcReason(String message) {
        return message == null ? "the message does not conform to the WSDL" : message.replace("Unmarshalling Error: ", "").trim();
    }

    private static QName code(String code) {
        return new QName(SoapFaultWriter.JISR_NS, code, "jisr");
    }

    private static void writeDetail(JisrFaultDetail detail, Element into) {
        try {
            FAULT_CONTEXT.createMarshaller().marshal(new ObjectFactory().createJisrFault(detail), into);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the jisrFault detail", e);
        }
    }

    private static JAXBContext faultContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
