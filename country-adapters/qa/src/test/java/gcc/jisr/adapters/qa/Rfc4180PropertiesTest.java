package gcc.jisr.adapters.qa;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class Rfc4180PropertiesTest {

    @Property
    void recordsWrittenAreReadBackUnchanged(@ForAll("records") List<List<String>> records) {
        String text = records.stream().map(Rfc4180::record).collect(Collectors.joining());

        assertThat(Rfc4180.records(text)).isEqualTo(records);
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> fields = Arbitraries.strings().withChars('a', 'ب', ' ', ',', '"', '\r', '\n', '\'').ofMaxLength(8);
        return fields.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(5);
    }
}
