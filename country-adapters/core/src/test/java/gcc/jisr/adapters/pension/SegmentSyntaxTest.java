package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.segments.DelimitedSyntax;
import gcc.jisr.adapters.pension.segments.FieldSpec;
import gcc.jisr.adapters.pension.segments.FileLayout;
import gcc.jisr.adapters.pension.segments.FixedWidthSyntax;
import gcc.jisr.adapters.pension.segments.LineSyntax;
import gcc.jisr.adapters.pension.segments.NationalSegment;
import gcc.jisr.adapters.pension.segments.SegmentLayout;
import gcc.jisr.adapters.pension.segments.SegmentSyntax;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The line syntaxes on their own: quoting, padding, line ends, bounds. */
class SegmentSyntaxTest {

    private static final FileLayout FILE = new FileLayout("file", List.of(
            SegmentLayout.repeated("row", "rows", FieldSpec.number("n", 4), FieldSpec.text("name", 12))));
    private static final Map<String, String> CODES = Map.of("row", "R");

    private static String write(SegmentSyntax syntax, NationalSegment... segments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SegmentSyntax.SegmentWriter writer = syntax.writer(FILE, out);
        for (NationalSegment segment : segments) {
            writer.write(segment);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<NationalSegment> read(SegmentSyntax syntax, String text) throws IOException {
        List<NationalSegment> segments = new ArrayList<>();
        try (SegmentSyntax.SegmentReader reader = syntax.reader(FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (NationalSegment s = reader.next(); s != null; s = reader.next()) {
                segments.add(s);
            }
        }
        return segments;
    }

    private static NationalSegment row(String n, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("n", n);
        if (name != null) {
            fields.put("name", name);
        }
        return NationalSegment.of("row", fields);
    }

    @Test
    void readingLinesNeverAsksTheStreamWhatIsAvailableSoAChunkedHttpAnswerIsNotReadAheadWhole() throws IOException {
        DelimitedSyntax csv = new DelimitedSyntax(',', CODES, "\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("R,").append(i % 10_000).append(",name ").append(i).append('\n');
        }
        AtomicInteger asked = new AtomicInteger();
        InputStream answer = new FilterInputStream(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int available() throws IOException {
                asked.incrementAndGet();
                return super.available();
            }
        };
        int rows = 0;
        try (SegmentSyntax.SegmentReader reader = csv.reader(FILE, answer)) {
            while (reader.next() != null) {
                rows++;
            }
        }
        assertThat(rows).isEqualTo(20_000);
        assertThat(asked).as("calls to available()").hasValue(0);
    }

    @Test
    void delimitedQuotesOnlyWhatNeedsItAndReadsItBack() throws IOException {
        DelimitedSyntax csv = new DelimitedSyntax(',', CODES, "\r\n");
        String text = write(csv, row("1", "a, \"b\""), row("2", " padded "), row("3", null));
        assertThat(text).isEqualTo("R,1,\"a, \"\"b\"\"\"\r\nR,2,\" padded \"\r\nR,3,\r\n");
        assertThat(read(csv, text + "\n\n")).extracting(NationalSegment::fields)
                .containsExactly(Map.of("n", "1", "name", "a, \"b\""), Map.of("n", "2", "name", " padded "), Map.of("n", "3"));
        assertThat(read(csv, text)).extracting(NationalSegment::line).containsExactly(1, 2, 3);
    }

    @Test
    void fixedWidthPadsNumbersWithZerosAndTextWithSpacesAndRefusesWhatDoesNotFit() throws IOException {
        FixedWidthSyntax fixed = new FixedWidthSyntax(1, CODES, "\n");
        assertThat(write(fixed, row("42", "Ali"))).isEqualTo("R0042Ali         \n");
        assertThat(read(fixed, "R0042Ali\n").get(0).fields()).isEqualTo(Map.of("n", "0042", "name", "Ali"));
        assertThatThrownBy(() -> write(fixed, row("1", "a name too long"))).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining("12");
    }

    @Test
    void aLineLongerThanAnyRecordEndsTheFileInsteadOfFillingMemory() {
        DelimitedSyntax csv = new DelimitedSyntax(',', CODES, "\n");
        String huge = "R,1," + "x".repeat(LineSyntax.MAX_LINE + 1) + "\n";
        assertThatThrownBy(() -> read(csv, huge)).isInstanceOf(RegistryFormatException.class).hasMessageContaining("longer than");
    }

    @Test
    void malformedUtf8IsRefusedRatherThanReplaced() {
        DelimitedSyntax csv = new DelimitedSyntax(',', CODES, "\n");
        byte[] bytes = {'R', ',', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> {
            try (SegmentSyntax.SegmentReader reader = csv.reader(FILE, new ByteArrayInputStream(bytes))) {
                reader.next();
            }
        }).isInstanceOf(RegistryFormatException.class).hasMessageContaining("UTF-8");
    }
}
