package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.PensionSamples;
import gcc.jisr.adapters.pension.RecordProblem;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** SIO's fixed-width file: one width a line type, amounts in zero-padded fils, stripped trailing spaces tolerated. */
class BahrainPensionFormatTest {

    private static final BahrainPensionFormat FORMAT = new BahrainPensionFormat();

    private static String written() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add(PensionSamples.record(i, "85030001" + i, GccState.BH, CurrencyCode.BHD));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writeContributionReport(PensionSamples.report("FW-1", GccState.SA, GccState.BH, records), records.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<ContributionLine> read(String file) throws IOException {
        List<ContributionLine> lines = new ArrayList<>();
        try (ContributionFileReader reader = FORMAT.readContributionReport(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void everyRecordLineHasTheLayoutsWidthAndAmountsInZeroPaddedFils() throws IOException {
        List<String> records = Arrays.stream(written().split("\n")).filter(l -> l.startsWith("REC")).toList();
        assertThat(records).hasSize(3).allSatisfy(line -> assertThat(line).hasSize(711));
        // 1240.375 BHD is 1,240,375 fils, right-aligned in 18 digits.
        assertThat(records.get(0)).contains("000000000001240375");
    }

    @Test
    void readsLinesWhoseTrailingSpacesWereStripped() throws IOException {
        String stripped = Arrays.stream(written().split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"));
        assertThat(read(stripped)).allSatisfy(line -> assertThat(line.readable()).isTrue()).hasSize(3);
    }

    @Test
    void aLineLongerThanItsLayoutIsThatRecordsProblemAndTheOthersAreRead() throws IOException {
        String file = written();
        String[] lines = file.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("REC0000002")) {
                lines[i] = lines[i] + "X";
            }
        }
        List<ContributionLine> read = read(String.join("\n", lines));
        assertThat(read).extracting(ContributionLine::readable).containsExactly(true, false, true);
        RecordProblem problem = read.get(1).problem();
        assertThat(problem.sequence()).isEqualTo(2);
        assertThat(problem.field()).isNull();
        assertThat(problem.toRefusedRecord().getField()).isEqualTo(RecordProblem.WHOLE_RECORD);
        assertThat(problem.reason()).contains("711");
        assertThat(problem.line()).isEqualTo(4);
    }
}
