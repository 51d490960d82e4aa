package gcc.jisr.gateway.traffic.soap;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.soap.JisrFault;
import gcc.jisr.gateway.civilid.JisrSoapFaults;
import gcc.jisr.gateway.problems.SoapFaultWriter;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import javax.xml.namespace.QName;
import java.util.Locale;

/**
 * The catalogue code of every fault of the traffic endpoint. The endpoint's own faults carry their jisrFault detail;
 * an offence code outside the GCC list, which CXF's schema validation finds before the endpoint runs, becomes
 * JISR-400-UNKNOWN-OFFENCE as over REST; everything else CXF raises is classified as for civil-ID.
 */
public class TrafficSoapFaults extends AbstractPhaseInterceptor<Message> {

    private final JisrSoapFaults cxfFaults = new JisrSoapFaults();

    public TrafficSoapFaults() {
        super(Phase.PRE_PROTOCOL);
        addAfter(WebFaultOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        if (fault.getCause() instanceof JisrFault jisrFault && jisrFault.getFaultInfo() != null) {
            fault.setFaultCode(new QName(SoapFaultWriter.JISR_NS, jisrFault.getFaultInfo().getCode(), "jisr"));
            return;
        }
        if (isUnknownOffence(fault)) {
            Fault offence = new Fault(new JisrException(JisrError.UNKNOWN_OFFENCE,
                    "offence/code: not one of the GCC offence codes"));
            offence.setStatusCode(fault.getStatusCode());
            message.setContent(Exception.class, offence);
        }
        cxfFaults.handleMessage(message);
    }

    /** The XSD's OffenceCode is the only enumeration in the traffic schema that lists SPEEDING. */
    private static boolean isUnknownOffence(Fault fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("cvc-enumeration-valid") && message.contains("SPEEDING")) {
                return true;
            }
        }
        return false;
    }
}
