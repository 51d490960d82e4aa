package gcc.jisr.routes.civilid;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.MDC;

/**
 * Gives the verification its identity: a new message id (UUIDv7, so that ids sort by time in the archive) and
 * the correlation id the caller chose (header first, then the request's field), or the message id itself, which
 * from here on is on every log line.
 */
final class VerificationOpening implements Processor {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    @Override
    public void process(Exchange exchange) {
        CivilIdVerificationRequest request = exchange.getMessage().getBody(CivilIdVerificationRequest.class);
        if (request == null) {
            throw new JisrException(JisrError.SCHEMA, "no civil-ID verification request in the message");
        }
        String messageId = UUID_V7.generate().toString();
        String correlationId = exchange.getMessage().getHeader(CivilIdVerificationRoute.CORRELATION_ID_HEADER, String.class);
        if (correlationId == null) {
            correlationId = request.getCorrelationId() != null ? request.getCorrelationId() : messageId;
        }
        exchange.setProperty(CivilIdVerification.PROPERTY, new CivilIdVerification(messageId, correlationId, request));
        // The caller's thread runs the whole synchronous flow; the caller clears the logging context afterwards.
        MDC.put(CivilIdVerificationRoute.CORRELATION_ID_MDC, correlationId);
    }
}
