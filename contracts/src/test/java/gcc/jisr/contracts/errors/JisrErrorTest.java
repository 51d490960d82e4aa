package gcc.jisr.contracts.errors;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class JisrErrorTest {

    @Test
    void everyCodeIsUniqueAndNamesItsHttpStatus() {
        assertThat(Arrays.stream(JisrError.values()).map(JisrError::code)).doesNotHaveDuplicates();
        assertThat(JisrError.values()).allSatisfy(error -> {
            assertThat(error.code()).matches("JISR-[0-9]{3}-[A-Z0-9\\-]+");
            assertThat(error.code()).startsWith("JISR-" + error.httpStatus() + "-");
        });
    }

    @Test
    void theTrafficCodesAreClientErrorsOrConflicts() {
        assertThat(JisrError.UNKNOWN_OFFENCE.code()).isEqualTo("JISR-400-UNKNOWN-OFFENCE");
        assertThat(JisrError.ATTACHMENT_DIGEST.code()).isEqualTo("JISR-400-ATTACHMENT-DIGEST");
        assertThat(JisrError.ATTACHMENT_TOO_LARGE.httpStatus()).isEqualTo(413);
        assertThat(JisrError.STATUS_TRANSITION.httpStatus()).isEqualTo(409);
        assertThat(JisrError.STATUS_TRANSITION.isClientError()).isTrue();
    }

    @Test
    void aBatchWhoseTotalsDoNotMatchIsUnprocessableNotMalformed() {
        // Well-formed and valid against its schema, yet refused as a whole: 422, not 400.
        assertThat(JisrError.BATCH_TOTALS.code()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(JisrError.BATCH_TOTALS.isClientError()).isTrue();
        assertThat(JisrError.UNKNOWN_INSTITUTION.httpStatus()).isEqualTo(404);
        assertThat(JisrError.DUPLICATE_RECORD.httpStatus()).isEqualTo(400);
    }

    @Test
    void aPartnerOverItsRateLimitIsToldToComeBackLaterNotRefusedForGood() {
        // 429 (RFC 6585) with Retry-After: the partner's outbox retries; a 4xx other than 429 would tell it to give up.
        assertThat(JisrError.RATE_LIMITED.code()).isEqualTo("JISR-429-RATE-LIMITED");
        assertThat(JisrError.RATE_LIMITED.httpStatus()).isEqualTo(429);
        assertThat(JisrError.RATE_LIMITED.isClientError()).isTrue();
    }
}
