package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.RecordProblem;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.routes.traffic.TrafficJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A contribution report in this state's national format (KW XML, SA JSON with Hijri dates, AE pipe-delimited fils, QA
 * CSV, BH fixed width, OM XML), read through the state adapter's {@link ContributionFileReader} one record at a time
 * and handed on as canonical JSON, so that the intake after it is the one canonical reports go through.
 *
 * <p>Each record is checked here too, with the report's home state, so that every refusal names the line of the
 * national file it comes from: an agency fixes its file by line, not by the canonical index. A refused record keeps its
 * amounts when the national reader could read them, so that it still counts in the totals as it would in NDJSON.
 */
final class NationalReportStream implements ReportStream {

    private final ContributionFileReader reader;
    private final PensionInstitutions institutions;
    private final CountryAdapters adapters;
    private ContributionRecordCheck check;

    NationalReportStream(ContributionFileReader reader, PensionInstitutions institutions, CountryAdapters adapters) {
        this.reader = reader;
        this.institutions = institutions;
        this.adapters = adapters;
    }

    @Override
    public JsonNode header() {
        ContributionReport header = reader.header();
        JsonNode tree = TrafficJson.mapper().valueToTree(header);
        if (tree instanceof ObjectNode object) {
            object.remove("record");
        }
        check = new ContributionRecordCheck(institutions.stateOf(header.getHomeInstitution(), "/homeInstitution"), adapters);
        return tree;
    }

    @Override
    public Item next() {
        ContributionLine line;
        try {
            if (!reader.hasNext()) {
                return null;
            }
            line = reader.next();
        } catch (RegistryFormatException broken) {
            throw new JisrException(JisrError.MALFORMED, "the national file cannot be read any further: " + broken.getMessage());
        } catch (UncheckedIOException e) {
            throw new JisrException(JisrError.MALFORMED, "the national file ended while being read: " + e.getCause().getMessage());
        }
        if (!line.readable()) {
            RecordProblem problem = line.problem();
            ObjectNode partial = TrafficJson.mapper().createObjectNode();
            if (problem.sequence() != null) {
                partial.put("sequence", problem.sequence());
            }
            if (problem.amounts() != null) {
                partial.put("currency", problem.amounts().currency().value())
                        .put("wage", problem.amounts().wage().toPlainString())
                        .put("employeeContribution", problem.amounts().employeeContribution().toPlainString())
                        .put("employerContribution", problem.amounts().employerContribution().toPlainString());
            }
            String field = problem.field() == null ? RecordProblem.WHOLE_RECORD : problem.field();
            return new Item(line.index(), partial, null, new JisrException(problem.error(), problem.reason(),
                    List.of(new FieldViolation(field, problem.reason()))));
        }
        JsonNode tree = TrafficJson.mapper().valueToTree(line.record());
        try {
            check.check(tree);
        } catch (JisrException refused) {
            FieldViolation first = refused.violations().isEmpty() ? null : refused.violations().get(0);
            String field = first == null || first.field().isEmpty() ? RecordProblem.WHOLE_RECORD : first.field();
            String reason = "line " + line.line() + ": " + (first == null ? refused.getMessage() : first.reason());
            return new Item(line.index(), tree, null, new JisrException(refused.error(), reason,
                    List.of(new FieldViolation(field, reason))));
        }
        return new Item(line.index(), tree, TrafficJson.bytes(line.record()), null);
    }

    void close() throws IOException {
        reader.close();
    }
}
