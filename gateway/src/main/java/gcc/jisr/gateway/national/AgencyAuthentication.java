package gcc.jisr.gateway.national;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.FilterRefusals;
import gcc.jisr.gateway.problems.LogEscaping;
import gcc.jisr.routes.agency.AgencyCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every call of the national API comes from an agency system that proved who it is, before its body is read: a client
 * certificate of its state's agency CA (TLS), or a bearer token of its state's identity provider. The identity is
 * handed to the endpoint as a request attribute; the routes then hold the message's named sender to it. Anything
 * else is refused 401 (a SOAP fault on /soap) and audited. Public on purpose: the contracts (OpenAPI, JSON Schemas,
 * WSDL and XSD), which are what a caller needs in order to be able to call at all.
 */
final class AgencyAuthentication extends OncePerRequestFilter {

    static final String ATTRIBUTE = AgencyCaller.class.getName();
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");

    private final ReloadingAgencyCertificates certificates;
    private final AgencyTokens tokens;
    private final String soapPath;
    private final ObjectMapper json;

    AgencyAuthentication(ReloadingAgencyCertificates certificates, AgencyTokens tokens, String soapPath, ObjectMapper json) {
        this.certificates = certificates;
        this.tokens = tokens;
        this.soapPath = soapPath;
        this.json = json;
    }

    /** The agency that authenticated this national request. */
    static Optional<AgencyCaller> callerOf(HttpServletRequest request) {
        return Optional.ofNullable((AgencyCaller) request.getAttribute(ATTRIBUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPublic(request)) {
            chain.doFilter(request, response);
            return;
        }
        AgencyCaller caller;
        try {
            caller = authenticate(request);
        } catch (JisrException refusal) {
            AUDIT.warn("national caller=? from={} request={} refused={} {}", request.getRemoteAddr(), printable(request),
                    refusal.error().code(), refusal.getMessage());
            refuse(request, response, refusal);
            return;
        }
        request.setAttribute(ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    private AgencyCaller authenticate(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            X509Certificate[] presented = (X509Certificate[]) request.getAttribute(CLIENT_CERTIFICATES);
            if (presented == null || presented.length == 0) {
                throw new JisrException(JisrError.AGENCY_NOT_AUTHENTICATED, "no client certificate and no bearer token"
                        + (request.isSecure() ? "" : " (this port is plain HTTP: client certificates need TLS)"));
            }
            return certificates.authenticate(List.of(presented));
        }
        // A token is the credential when one is sent; the TLS session's certificate is then not asked for at all. Asking
        // Tomcat for it reads the session's peer certificates, and JSSE answers a session without any by throwing an
        // exception, at the cost of a stack trace on every token call.
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new JisrException(JisrError.AGENCY_NOT_AUTHENTICATED, "the Authorization header is not a bearer token");
        }
        if (!tokens.configured()) {
            throw new JisrException(JisrError.TOKEN_INVALID, "this gateway trusts no identity provider's tokens"
                    + " (jisr.national.token-issuers); authenticate with the agency's client certificate");
        }
        return tokens.authenticate(authorization.substring(7).trim());
    }

    private boolean isPublic(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.equals("/api/v1/openapi.json") || path.startsWith("/api/v1/schemas/")) {
            return true;
        }
        String query = request.getQueryString();
        return path.startsWith(soapPath + "/") && query != null
                && Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0].toLowerCase(Locale.ROOT))
                .anyMatch(p -> p.equals("wsdl") || p.equals("xsd"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, JisrException refusal) throws IOException {
        if (refusal.error().httpStatus() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jisr\"");
        }
        FilterRefusals.write(request, response, refusal, json, soapPath + "/");
    }

    private static String printable(HttpServletRequest request) {
        return LogEscaping.escape(request.getMethod() + " " + request.getRequestURI());
    }
}
