package gcc.jisr.gateway.pension.soap;

import gcc.jisr.contracts.pension.v1.soap.JisrFault;
import gcc.jisr.gateway.civilid.JisrSoapFaults;
import gcc.jisr.gateway.problems.SoapFaultWriter;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import javax.xml.namespace.QName;

/**
 * The catalogue code of every fault of the pension endpoint: the endpoint's own faults carry their jisrFault detail,
 * whose code becomes the fault code; what CXF raises before the endpoint runs (schema validation, a body that is not
 * XML) is classified as for the other SOAP services.
 */
public class PensionSoapFaults extends AbstractPhaseInterceptor<Message> {

    private final JisrSoapFaults cxfFaults = new JisrSoapFaults();

    public PensionSoapFaults() {
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
        cxfFaults.handleMessage(message);
    }
}
