package gcc.jisr.adapters.qa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Rfc4180Test {

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertThat(Rfc4180.record(List.of("plain", "DELA CRUZ, MARIA", "say \"hi\"", "two\r\nlines", "")))
                .isEqualTo("plain,\"DELA CRUZ, MARIA\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n");
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        String text = "a,\"b, c\",\"d \"\"e\"\"\"\r\n\"f\r\ng\",,h\r\n";

        assertThat(Rfc4180.records(text)).containsExactly(List.of("a", "b, c", "d \"e\""), List.of("f\r\ng", "", "h"));
    }

    @Test
    void readsUnixLineEndsAndMissingFinalLineEnd() {
        assertThat(Rfc4180.records("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void readsEmptyTextAsNoRecords() {
        assertThat(Rfc4180.records("")).isEmpty();
    }

    @Test
    void keepsAnEmptyQuotedFieldAtTheEnd() {
        assertThat(Rfc4180.records("a,\"\"")).containsExactly(List.of("a", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,\"b\r\n", "a,\"b\"c\r\n", "a,b\"c\r\n"})
    void refusesBrokenQuoting(String text) {
        assertThatThrownBy(() -> Rfc4180.records(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record 1");
    }
}
