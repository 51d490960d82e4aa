package gcc.jisr.gateway.problems;

import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import gcc.jisr.contracts.common.v1.FieldViolation;
import gcc.jisr.contracts.common.v1.JisrFaultDetail;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.civilid.CivilIdVerificationRoute;
import gcc.jisr.routes.partner.RateLimitExceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The one place where failures become what callers and logs see: an RFC 9457 problem for REST, a SOAP fault
 * with the same code for SOAP, and one masked log line.
 */
public final class JisrFailures {

    private static final Logger LOG = LoggerFactory.getLogger(JisrFailures.class);
    private static final long REVOCATION_RETRY_SECONDS = 300;
    /** Camel starts its routes about a second after Tomcat opens its port. */
    private static final long STARTING_RETRY_SECONDS = 5;
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

    private JisrFailures() {
    }

    /** The catalogue error behind any failure; anything unforeseen is JISR-500-INTERNAL, logged with its stack. */
    public static JisrException classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JisrException jisr) {
                return jisr;
            }
        }
        LOG.error("unexpected failure", failure);
        return new JisrException(JisrError.INTERNAL, "the gateway failed to process the message; its operators have the details");
    }

    public static ProblemDetail problem(JisrException failure, URI instance) {
        JisrError error = failure.error();
        log(failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(error.httpStatus()), failure.getMessage());
        problem.setType(URI.create(error.typeUri()));
        problem.setTitle(error.title());
        problem.setInstance(instance);
        problem.setProperty("code", error.code());
        String correlationId = MDC.get(CivilIdVerificationRoute.CORRELATION_ID_MDC);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        if (!failure.violations().isEmpty()) {
            problem.setProperty("violations", failure.violations().stream()
                    .map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
        }
        return problem;
    }

    /**
     * The Retry-After of a refusal that says "not now", in whole seconds: a partner over its rate waits for its next
     * token; a stale revocation list waits for operators to publish a fresh one (a store-and-forward partner retries
     * on its own schedule anyway); a gateway still starting is ready in seconds.
     */
    public static OptionalLong retryAfterSeconds(JisrException failure) {
        if (failure instanceof RateLimitExceeded limited) {
            return OptionalLong.of(limited.retryAfterSeconds());
        }
        return switch (failure.error()) {
            case REVOCATION_UNKNOWN -> OptionalLong.of(REVOCATION_RETRY_SECONDS);
            case STARTING -> OptionalLong.of(STARTING_RETRY_SECONDS);
            default -> OptionalLong.empty();
        };
    }

    public static JisrFault soapFault(JisrException failure, String correlationId) {
        log(failure);
        return new JisrFault(failure.error().code() + ": " + failure.getMessage(), faultDetail(failure,
                correlationId != null ? correlationId : MDC.get(CivilIdVerificationRoute.CORRELATION_ID_MDC)));
    }

    public static JisrFaultDetail faultDetail(JisrException failure, String correlationId) {
        JisrError error = failure.error();
        JisrFaultDetail detail = new JisrFaultDetail();
        detail.setCode(error.code());
        detail.setStatus(error.httpStatus());
        detail.setTitle(error.title());
        detail.setDetail(failure.getMessage());
        detail.setCorrelationId(correlationId);
        for (JisrException.FieldViolation v : failure.violations()) {
            FieldViolation violation = new FieldViolation();
            violation.setField(v.field());
            violation.setReason(v.reason());
            detail.getViolation().add(violation);
        }
        return detail;
    }

    static void log(JisrException failure) {
        String line = "refused code={} detail={}";
        String detail = LogMasking.mask(failure.getMessage());
        // A gateway that is starting or stopping has failed at nothing: it says "not now" at every start.
        if (failure.error().isClientError() || failure.error() == JisrError.STARTING) {
            LOG.warn(line, failure.error().code(), detail);
        } else {
            LOG.error(line, failure.error().code(), detail);
        }
    }

    /** Puts the caller's correlation id (when it is well formed) on every log line until closed. */
    public static CorrelationScope correlate(String requested) {
        String id = requested != null && CORRELATION_ID.matcher(requested).matches() ? requested : null;
        if (id != null) {
            MDC.put(CivilIdVerificationRoute.CORRELATION_ID_MDC, id);
        }
        return new CorrelationScope(id);
    }

    public record CorrelationScope(String correlationId) implements AutoCloseable {
        @Override
        public void close() {
            MDC.remove(CivilIdVerificationRoute.CORRELATION_ID_MDC);
        }
    }

}
