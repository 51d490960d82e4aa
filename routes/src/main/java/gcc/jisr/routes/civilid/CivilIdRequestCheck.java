package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the schema cannot say: the states are GCC states, this gateway has the issuing state's adapter, the civil ID
 * obeys its issuing state's rules (checked before anything leaves the gateway), and a claimed date of birth is
 * not in the future.
 */
final class CivilIdRequestCheck implements Processor {

    private static final String GCC_STATES = Arrays.stream(GccState.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final CountryAdapters adapters;
    private final Clock clock;

    CivilIdRequestCheck(CountryAdapters adapters, Clock clock) {
        this.adapters = adapters;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        CivilIdVerificationRequest request = verification.request;
        gccState(request.getRequester().getState(), "requester.state");
        GccState issuingState = gccState(request.getIssuingState(), "issuingState");
        CountryAdapter adapter = adapters.forState(issuingState).orElseThrow(() -> new JisrException(JisrError.STATE_NOT_SERVED,
                "this gateway has no adapter for " + issuingState + " civil IDs"));
        verification.adapter = adapter;
        verification.civilId = adapter.civilIds().parse(request.getCivilId());
        if (request.getClaimed() != null && request.getClaimed().getDateOfBirth() != null
                && request.getClaimed().getDateOfBirth().isAfter(LocalDate.now(clock.withZone(issuingState.zone())))) {
            throw new JisrException(JisrError.INVALID_DATE, "claimed.dateOfBirth is in the future",
                    List.of(new FieldViolation("claimed.dateOfBirth", "must not be in the future")));
        }
    }

    private static GccState gccState(String code, String field) {
        return GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE,
                field + " '" + code + "' is not a GCC state (" + GCC_STATES + ")",
                List.of(new FieldViolation(field, "not one of " + GCC_STATES))));
    }
}
