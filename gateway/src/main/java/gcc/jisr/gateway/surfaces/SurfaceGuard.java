package gcc.jisr.gateway.surfaces;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.FilterRefusals;
import gcc.jisr.gateway.problems.LogEscaping;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the three faces of a gateway apart: each port serves its own paths only, and anything else there answers
 * 404 as if it did not exist. Partner envelopes sent to another port are refused with their own code and audited,
 * never processed: they belong on the mutual-TLS partner port.
 */
final class SurfaceGuard extends OncePerRequestFilter {

    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");

    /**
     * The MDC key under which Camel's MDC logging names its context: the request threads carry the same key, so that
     * where several gateways share a JVM (the local network) every line of a request says whose it is.
     */
    static final String GATEWAY_MDC = "camel.contextId";

    private final SurfacePorts ports;
    private final ObjectMapper json;
    private final String gateway;

    SurfaceGuard(SurfacePorts ports, ObjectMapper json, String gateway) {
        this.ports = ports;
        this.json = json;
        this.gateway = gateway;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Surface surface = ports.surfaceOf(request.getLocalPort());
        if (surface.serves(path)) {
            MDC.put(GATEWAY_MDC, gateway);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(GATEWAY_MDC);
            }
            return;
        }
        if (Surface.PARTNER.serves(path)) {
            JisrException refusal = new JisrException(JisrError.PLAIN_HTTP_REFUSED,
                    "partner envelopes are taken on the mutual-TLS partner port only");
            // The border's audit line (PartnerAudit's), so that one search finds every refused partner envelope.
            AUDIT.warn("partner envelope REFUSED who=[{} port, from {}] what=[{}] code={} why=[{}]",
                    surface.name().toLowerCase(java.util.Locale.ROOT), request.getRemoteAddr(),
                    LogEscaping.escape(request.getMethod() + " " + path), refusal.error().code(), refusal.getMessage());
            refuse(request, response, refusal);
            return;
        }
        refuse(request, response, new JisrException(JisrError.NOT_FOUND, "the " + surface.name().toLowerCase(java.util.Locale.ROOT)
                + " port does not serve this path"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, JisrException refusal) throws IOException {
        FilterRefusals.write(request, response, refusal, json, null);
    }
}
