package gcc.jisr.gateway.traffic.soap;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.soap.JisrSoapFaults;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;

import java.util.Locale;

/**
 * The catalogue code of every fault of the traffic endpoint, as {@link JisrSoapFaults} gives it for every SOAP service,
 * with one addition: an offence code outside the GCC list, which CXF's schema validation finds before the endpoint
 * runs, becomes JISR-400-UNKNOWN-OFFENCE as over REST.
 */
public class TrafficSoapFaults extends JisrSoapFaults {

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && endpointDetail(fault) == null && isUnknownOffence(fault)) {
            Fault offence = new Fault(new JisrException(JisrError.UNKNOWN_OFFENCE,
                    "offence/code: not one of the GCC offence codes"));
            offence.setStatusCode(fault.getStatusCode());
            message.setContent(Exception.class, offence);
        }
        super.handleMessage(message);
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
