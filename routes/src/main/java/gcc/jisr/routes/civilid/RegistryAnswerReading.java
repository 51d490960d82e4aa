package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads the registry's answer through the issuing state's adapter. A 5xx means the registry is down, whatever
 * its national format says; "today" is the issuing state's date, because a card expires there.
 */
final class RegistryAnswerReading implements Processor {

    private final Clock clock;

    RegistryAnswerReading(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        GccState state = verification.civilId.issuingState();
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null || status >= 500) {
            throw new JisrException(JisrError.REGISTRY_UNAVAILABLE, "the " + state + " civil registry answered HTTP " + status);
        }
        byte[] body = exchange.getMessage().getBody(byte[].class);
        LocalDate today = LocalDate.now(clock.withZone(state.zone()));
        verification.answer = verification.adapter.civilRegistry().read(verification.civilId, status, body == null ? new byte[0] : body, today);
    }
}
