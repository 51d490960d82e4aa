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
}
