package gcc.jisr.gateway.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * How a servlet filter refuses a request before any endpoint sees it: a SOAP 1.1 fault under the SOAP path, an
 * RFC 9457 problem everywhere else, with {@code Retry-After} where the refusal says "not now". The same words as the
 * endpoints' own refusals, so that a caller cannot tell which layer refused.
 */
public final class FilterRefusals {

    private FilterRefusals() {
    }

    /** @param soapPathPrefix the SOAP services' path ({@code /soap}), or null where no SOAP is served */
    public static void write(HttpServletRequest request, HttpServletResponse response, JisrException refusal, ObjectMapper json,
                             String soapPathPrefix) throws IOException {
        response.setStatus(refusal.error().httpStatus());
        JisrFailures.retryAfterSeconds(refusal).ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        if (soapPathPrefix != null && request.getRequestURI().startsWith(soapPathPrefix)) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(SoapFaultWriter.soap11Fault(refusal).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(JisrFailures.problem(refusal, URI.create(request.getRequestURI()))));
        }
    }
}
