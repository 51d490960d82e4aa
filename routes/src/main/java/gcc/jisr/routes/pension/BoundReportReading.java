package gcc.jisr.routes.pension;

import gcc.jisr.routes.agency.AgencyCaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Accepts a contribution report that arrived already bound to objects, as a SOAP body is: the whole report is in
 * memory by then, so its size is bounded ({@code maxRecords}) before anything is read, and its records go through the
 * same intake as an NDJSON report's, one at a time, with the same per-record refusals and totals check.
 */
public final class BoundReportReading {

    private final ContributionReportReading reading;
    private final int maxRecords;

    public BoundReportReading(ContributionReportReading reading, int maxRecords) {
        this.reading = Objects.requireNonNull(reading, "reading");
        this.maxRecords = maxRecords;
    }

    /** @throws JisrException BODY_TOO_LARGE when the report holds more than {@code maxRecords} records */
    public ContributionReportAccepted read(ContributionReport report, AgencyCaller caller) throws IOException {
        if (report.getRecord().size() > maxRecords) {
            throw new JisrException(JisrError.BODY_TOO_LARGE, "a report submitted in one SOAP message holds at most " + maxRecords
                    + " records here, this one " + report.getRecord().size() + "; send larger reports as NDJSON or in the"
                    + " national format, which are read as a stream");
        }
        return reading.read(new ObjectReportStream(report), caller);
    }

    private static final class ObjectReportStream implements ReportStream {
        private final ContributionReport report;
        private final Iterator<ContributionRecord> records;
        private int index;

        ObjectReportStream(ContributionReport report) {
            this.report = report;
            this.records = report.getRecord().iterator();
        }

        @Override
        public JsonNode header() {
            JsonNode tree = TrafficJson.mapper().valueToTree(report);
            if (tree instanceof ObjectNode object) {
                object.remove("record");
            }
            return tree;
        }

        @Override
        public Item next() {
            if (!records.hasNext()) {
                return null;
            }
            ContributionRecord record = records.next();
            byte[] bytes = TrafficJson.bytes(record);
            return new Item(index++, TrafficJson.tree(bytes), bytes, null);
        }
    }
}
