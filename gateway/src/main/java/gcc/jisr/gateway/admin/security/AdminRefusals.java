package gcc.jisr.gateway.admin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.admin.console.ConsolePages;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.partner.RateLimitExceeded;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Admin calls refused at the door, answered as RFC 9457 problems with their Jisr codes and recorded in the audit
 * trail: no or wrong credentials (JISR-401-AUTHENTICATION), a locked account (JISR-423-LOCKED), an address that has
 * failed too often (JISR-429-LOGIN-THROTTLED, audited once per episode), a role that does not allow the call
 * (JISR-403-ROLE).
 */
public class AdminRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Basic realm=\"Jisr admin\", charset=\"UTF-8\"";

    private final OperatorAudit audit;
    private final ObjectMapper json;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    public AdminRefusals(OperatorAudit audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String name = claimedName(request);
        if (failure instanceof LoginThrottledException throttled) {
            JisrException refusal = new JisrException(JisrError.LOGIN_THROTTLED, throttled.getMessage());
            if (throttled.toAudit()) {
                audit.record(name == null ? "" : name, "", "LOGIN", target(request), refusal.error().code(),
                        refusal.getMessage(), request.getRemoteAddr());
            }
            response.setHeader(HttpHeaders.RETRY_AFTER,
                    Long.toString(RateLimitExceeded.wholeSeconds(Duration.between(Instant.now(), throttled.until()))));
            write(response, refusal, request);
            return;
        }
        JisrException refusal = failure instanceof LockedException
                ? new JisrException(JisrError.OPERATOR_LOCKED, failure.getMessage())
                : new JisrException(JisrError.OPERATOR_NOT_AUTHENTICATED, bearer(request)
                ? "the bearer token is not a valid access token of the identity provider: " + failure.getMessage()
                : name == null
                ? "the admin API needs an operator's name and password (HTTP Basic)"
                : "wrong operator name or password");
        audit.record(name == null ? "" : name, "", "LOGIN", target(request), refusal.error().code(),
                refusal.getMessage(), request.getRemoteAddr());
        // The console asks for credentials itself; a browser's own dialog would cache them and send them unasked.
        if (request.getHeader(ConsolePages.CONSOLE_HEADER) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        }
        write(response, refusal, request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        JisrException refusal = new JisrException(JisrError.ROLE_NOT_GRANTED, "the operator's roles do not allow "
                + request.getMethod() + " " + request.getRequestURI());
        audit.record("ACCESS", target(request), refusal.error().code(), refusal.getMessage());
        write(response, refusal, request);
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private String claimedName(HttpServletRequest request) {
        try {
            var claimed = basic.convert(request);
            return claimed == null ? null : claimed.getName();
        } catch (AuthenticationException unreadable) {
            return null;
        }
    }

    private static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    private void write(HttpServletResponse response, JisrException refusal, HttpServletRequest request) throws IOException {
        ProblemDetail problem = JisrFailures.problem(refusal, URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
