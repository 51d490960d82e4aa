package gcc.jisr.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.FilterRefusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers 503 JISR-503-STARTING, with Retry-After, while Camel's routes do not run: Tomcat opens its port about a
 * second before Camel has started them at every start, and closes it after they stop, and a message taken then would
 * fail inside the gateway (JISR-500-INTERNAL, "CamelContext is stopped"). Readiness says the same to load balancers
 * ({@code camelRoutes}); this answers the callers that come before a load balancer has asked, or without one.
 */
public class StartingGatewayFilter extends OncePerRequestFilter {

    private final CamelContext camel;
    private final String soapPathPrefix;
    private final ObjectMapper json;

    public StartingGatewayFilter(CamelContext camel, String soapPathPrefix, ObjectMapper json) {
        this.camel = camel;
        this.soapPathPrefix = soapPathPrefix;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServiceStatus status = camel.getStatus();
        if (status == ServiceStatus.Started) {
            chain.doFilter(request, response);
            return;
        }
        JisrException refusal = new JisrException(JisrError.STARTING, "the gateway's routes are " + status.name().toLowerCase(Locale.ROOT)
                + "; send again in a few seconds");
        FilterRefusals.write(request, response, refusal, json, soapPathPrefix);
    }
}
