package gcc.jisr.gateway.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.JisrFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Keeps the two faces of a gateway apart: partner envelopes only over mutual TLS (plain HTTP is refused with its own
 * code and audited, never processed), and nothing but partner envelopes on the partner port.
 */
final class PartnerPortGuard extends OncePerRequestFilter {

    private static final String PARTNER_PATHS = "/gcc/";

    private final ObjectMapper json;

    PartnerPortGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean partnerPath = request.getRequestURI().startsWith(PARTNER_PATHS);
        if (partnerPath && !request.isSecure()) {
            JisrException refusal = new JisrException(JisrError.PLAIN_HTTP_REFUSED,
                    "partner envelopes are taken on the mutual-TLS partner port only");
            PartnerAudit.refused("plain HTTP from " + request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(), refusal);
            refuse(request, response, refusal);
            return;
        }
        if (!partnerPath && request.isSecure()) {
            refuse(request, response, new JisrException(JisrError.NOT_FOUND, "the partner port serves partner envelopes only"));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, JisrException refusal) throws IOException {
        response.setStatus(refusal.error().httpStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(JisrFailures.problem(refusal, URI.create(request.getRequestURI()))));
    }
}
