package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.PensionSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PIFSS's XML: hardened (no DTD), an unknown element is its record's problem, a broken file ends the stream. */
class KuwaitPensionFormatTest {

    private static final KuwaitPensionFormat FORMAT = new KuwaitPensionFormat();

    private static String written() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add(PensionSamples.record(i, "28501010000" + i, GccState.KW, CurrencyCode.KWD));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writeContributionReport(PensionSamples.report("XML-1", GccState.SA, GccState.KW, records), records.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<ContributionLine> read(String file, List<ContributionLine> lines) throws IOException {
        try (ContributionFileReader reader = FORMAT.readContributionReport(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void refusesAFileWithADtd() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"boom\">]><ContributionReport xmlns=\""
                + KuwaitPensionFormat.NAMESPACE + "\"><Header><ReportId>&x;</ReportId></Header></ContributionReport>";
        assertThatThrownBy(() -> read(xml, new ArrayList<>())).isInstanceOf(RegistryFormatException.class);
    }

    @Test
    void refusesAFileInAnotherNamespace() throws IOException {
        String xml = written().replace(KuwaitPensionFormat.NAMESPACE, "urn:example:other");
        assertThatThrownBy(() -> read(xml, new ArrayList<>())).isInstanceOf(RegistryFormatException.class)
                .hasMessageContaining(KuwaitPensionFormat.NAMESPACE);
    }

    @Test
    void aRecordWithAnElementOutsideTheLayoutIsReportedOnItsOwn() throws IOException {
        String xml = written().replace("<Sequence>2</Sequence>", "<Sequence>2</Sequence><Bonus><Amount>5</Amount></Bonus>");
        List<ContributionLine> lines = read(xml, new ArrayList<>());
        assertThat(lines).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(lines.get(1).problem().reason()).contains("<Bonus>");
        assertThat(lines.get(1).problem().line()).isEqualTo(5);
    }

    @Test
    void aFileCutShortHandsOutTheRecordsBeforeTheBreakThenFails() throws IOException {
        String xml = written();
        String cut = xml.substring(0, xml.indexOf("<Record><Sequence>3</Sequence>") + 20);
        List<ContributionLine> lines = new ArrayList<>();
        assertThatThrownBy(() -> read(cut, lines)).isInstanceOf(RegistryFormatException.class);
        assertThat(lines).hasSize(2);
    }
}
