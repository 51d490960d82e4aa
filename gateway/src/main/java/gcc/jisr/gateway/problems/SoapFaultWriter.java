package gcc.jisr.gateway.problems;

import gcc.jisr.contracts.errors.JisrException;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A SOAP 1.1 fault written before CXF is reached (a body refused at the door), shaped like the faults CXF writes
 * for the same codes: faultcode {@code jisr:CODE}, faultstring "CODE: detail", and the jisrFault detail.
 */
public final class SoapFaultWriter {

    public static final String JISR_NS = "urn:gcc:jisr:common:v1";

    private SoapFaultWriter() {
    }

    public static String soap11Fault(JisrException failure) {
        String code = failure.error().code();
        String detail = StringEscapeUtils.escapeXml10(failure.getMessage());
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
                <faultcode xmlns:jisr="%1$s">jisr:%2$s</faultcode><faultstring>%2$s: %3$s</faultstring>\
                <detail><jisr:jisrFault xmlns:jisr="%1$s"><jisr:code>%2$s</jisr:code><jisr:status>%4$d</jisr:status>\
                <jisr:title>%5$s</jisr:title><jisr:detail>%3$s</jisr:detail></jisr:jisrFault></detail>\
                </soap:Fault></soap:Body></soap:Envelope>""".formatted(JISR_NS, code, detail, failure.error().httpStatus(),
                StringEscapeUtils.escapeXml10(failure.error().title()));
    }
}
