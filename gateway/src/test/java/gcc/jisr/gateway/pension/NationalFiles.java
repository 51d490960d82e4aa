package gcc.jisr.gateway.pension;

import gcc.jisr.adapters.pension.NationalPensionFormat;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/** Contribution reports of {@link ContributionReports} written in a state's national format, as its agency would. */
final class NationalFiles {

    private NationalFiles() {
    }

    static String report(NationalPensionFormat format, String header, List<String> records) throws IOException {
        ContributionReport head = TrafficJson.read(TrafficJson.tree(header.getBytes(StandardCharsets.UTF_8)), ContributionReport.class);
        Iterator<ContributionRecord> canonical = records.stream()
                .map(line -> TrafficJson.read(TrafficJson.tree(line.getBytes(StandardCharsets.UTF_8)), ContributionRecord.class))
                .iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writeContributionReport(head, canonical, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The line (from 1) of {@code text} that holds {@code fragment}; fails when none does. */
    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }
}
