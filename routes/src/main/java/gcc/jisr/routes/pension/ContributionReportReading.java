package gcc.jisr.routes.pension;

import gcc.jisr.routes.agency.AgencyCaller;
import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.RefusedRecord;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WithheldRecords;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.TrafficJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts a contribution report from this state's pension agency as a stream: the header is checked first, then
 * each record on its own, as it is read; the records that pass are sealed and staged in parts, the others are
 * reported (index, sequence, code, field, reason) and withheld. At the end the totals are recomputed exactly: a report
 * whose records do not add up to its declared totals is refused whole (JISR-422-BATCH-TOTALS, the differences
 * stated) and its staged parts are discarded; otherwise it is accepted in one transaction and the agency hears 202.
 * What is held in memory is one part, the sums, the sequence numbers seen (a bit set) and the refused records.
 */
public final class ContributionReportReading {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionReportReading.class);
    private static final JsonContract<ContributionReport> HEADER = new JsonContract<>(
            "jisr/contracts/v1/json/pension-contribution-report-header.schema.json", ContributionReport.class,
            "homeInstitution", JisrError.SCHEMA);

    private final GccState ownState;
    private final PensionInstitutions institutions;
    private final CountryAdapters adapters;
    private final PensionSealing sealing;
    private final PensionIntake intake;
    private final PensionLimits limits;

    public ContributionReportReading(GccState ownState, PensionInstitutions institutions, CountryAdapters adapters,
                                     PensionSealing sealing, PensionIntake intake, PensionLimits limits) {
        this.ownState = Objects.requireNonNull(ownState, "ownState");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.adapters = Objects.requireNonNull(adapters, "adapters");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A report as application/x-ndjson: the header line, then one record per line. */
    public ContributionReportAccepted readNdjson(InputStream in, AgencyCaller caller) throws IOException {
        return read(new NdjsonReportStream(in, limits.maxLineBytes()), caller);
    }

    /** A report as one application/json document. */
    public ContributionReportAccepted readJson(InputStream in, AgencyCaller caller) throws IOException {
        return read(new JsonReportStream(in), caller);
    }

    /** Reads a report whose host institution must be the agency that authenticated: checked at its header, before any record. */
    ContributionReportAccepted read(ReportStream stream, AgencyCaller caller) throws IOException {
        ContributionReport header = checkedHeader(stream.header());
        PensionInstitutions.requireCaller(caller, header.getHostInstitution(), "host institution", "/hostInstitution");
        GccState home = institutions.stateOf(header.getHomeInstitution(), "/homeInstitution");
        String businessKey = header.getHostInstitution() + "/" + header.getReportId();
        Optional<SubmissionAccepted> before = intake.acceptedBefore(GccServices.PENSION_CONTRIBUTION_REPORT, businessKey);
        if (before.isPresent()) {
            // The same report again: answered as first accepted; its records are not read a second time.
            return accepted(before.get(), header, header.getTotals().getRecordCount(), List.of(), 0);
        }
        String messageId = intake.newMessageId();
        SealedParts parts = new SealedParts(sealing, intake, home, messageId, limits);
        ContributionRecordCheck check = new ContributionRecordCheck(home, adapters);
        ContributionSums all = new ContributionSums();
        ContributionSums withheld = new ContributionSums();
        List<Integer> withheldSequences = new ArrayList<>();
        List<RefusedRecord> refused = new ArrayList<>();
        boolean accepted = false;
        try {
            ReportStream.Item item;
            while ((item = stream.next()) != null) {
                if (all.count() >= limits.maxRecords()) {
                    throw new JisrException(JisrError.BODY_TOO_LARGE, "a report holds at most " + limits.maxRecords()
                            + " records here; record " + item.index() + " and any after it were not read");
                }
                ContributionRecordCheck.Amounts amounts = item.tree() == null ? null : ContributionRecordCheck.amountsOf(item.tree());
                all.add(amounts);
                JisrException refusal = item.unreadable();
                if (refusal == null) {
                    try {
                        check.check(item.tree());
                        parts.add(item.bytes());
                        continue;
                    } catch (JisrException broken) {
                        refusal = broken;
                    }
                }
                Integer sequence = item.tree() != null && item.tree().path("sequence").canConvertToInt()
                        ? item.tree().get("sequence").asInt() : null;
                refused.add(refusedRecord(item.index(), sequence, refusal));
                withheld.add(amounts);
                if (sequence != null) {
                    withheldSequences.add(sequence);
                }
            }
            Optional<TotalsMismatch> mismatch = all.mismatch(header.getTotals());
            if (mismatch.isPresent()) {
                throw totalsRefusal(header, mismatch.get(), all.unreadable());
            }
            int partCount = parts.finish();
            if (!refused.isEmpty()) {
                WithheldRecords block = new WithheldRecords();
                block.setRecordCount(refused.size());
                block.getCurrencyTotal().addAll(withheld.currencyTotals());
                block.getSequence().addAll(withheldSequences);
                header.setWithheld(block);
            }
            int forwarded = parts.lines();
            SubmissionAccepted done = intake.accept(new OutgoingPensionMessage(messageId,
                    GccServices.PENSION_CONTRIBUTION_REPORT, home, PensionInstitutions.code(header.getHostInstitution()),
                    PensionInstitutions.code(header.getHomeInstitution()),
                    header.getReportId(), businessKey, header.getCorrelationId(), TrafficJson.bytes(header), partCount,
                    forwarded + " of " + all.count() + " records in " + partCount + " sealed part(s) for "
                            + header.getHomeInstitution() + (refused.isEmpty() ? "" : ", " + refused.size() + " withheld")));
            accepted = true;
            LOG.info("contribution report {} accepted: tracking {} records={} forwarded={} withheld={} parts={}",
                    header.getReportId(), done.getTrackingId(), all.count(), forwarded, refused.size(), partCount);
            return accepted(done, header, all.count(), refused, forwarded);
        } finally {
            parts.close();
            if (!accepted) {
                intake.discard(home, messageId);
            }
        }
    }

    private ContributionReport checkedHeader(JsonNode tree) {
        if (tree != null && tree.isObject() && tree.has("withheld")) {
            throw new JisrException(JisrError.SCHEMA, "'withheld' is set by the sending gateway, never by the institution",
                    List.of(new FieldViolation("/withheld", "set by the gateway only")));
        }
        ContributionReport header = HEADER.read(tree);
        GccState host = institutions.stateOf(header.getHostInstitution(), "/hostInstitution");
        if (host != ownState) {
            throw new JisrException(JisrError.SCHEMA, "this gateway accepts reports of " + ownState + "'s institutions, not of "
                    + host, List.of(new FieldViolation("/hostInstitution", "not an institution of " + ownState)));
        }
        GccState home = institutions.stateOf(header.getHomeInstitution(), "/homeInstitution");
        if (home == ownState) {
            throw new JisrException(JisrError.SCHEMA, "a report for " + ownState + "'s own fund does not cross a border",
                    List.of(new FieldViolation("/homeInstitution", "an institution of this gateway's own state")));
        }
        Set<CurrencyCode> currencies = EnumSet.noneOf(CurrencyCode.class);
        List<CurrencyTotal> totals = header.getTotals().getCurrencyTotal();
        for (int i = 0; i < totals.size(); i++) {
            if (!currencies.add(totals.get(i).getCurrency())) {
                throw new JisrException(JisrError.SCHEMA, totals.get(i).getCurrency() + " is totalled twice",
                        List.of(new FieldViolation("/totals/currencyTotal/" + i + "/currency", "one total per currency")));
            }
        }
        return header;
    }

    private static JisrException totalsRefusal(ContributionReport header, TotalsMismatch mismatch, int unreadable) {
        List<FieldViolation> violations = new ArrayList<>();
        if (mismatch.getDeclaredRecordCount() != mismatch.getCountedRecordCount()) {
            violations.add(new FieldViolation("/totals/recordCount", "declared " + mismatch.getDeclaredRecordCount()
                    + ", counted " + mismatch.getCountedRecordCount()));
        }
        List<CurrencyTotal> declared = header.getTotals().getCurrencyTotal();
        for (TotalDifference difference : mismatch.getDifference()) {
            int at = -1;
            for (int i = 0; i < declared.size(); i++) {
                if (declared.get(i).getCurrency() == difference.getCurrency()) {
                    at = i;
                }
            }
            String member = switch (difference.getTotal()) {
                case WAGES -> "wages";
                case EMPLOYEE_CONTRIBUTIONS -> "employeeContributions";
                case EMPLOYER_CONTRIBUTIONS -> "employerContributions";
            };
            String field = at < 0 ? "/totals/currencyTotal" : "/totals/currencyTotal/" + at + "/" + member;
            violations.add(new FieldViolation(field, difference.getCurrency() + " " + member + ": declared "
                    + difference.getDeclared().toPlainString() + ", computed " + difference.getComputed().toPlainString()
                    + ", difference " + signed(difference.getDifference())));
        }
        if (unreadable > 0) {
            violations.add(new FieldViolation("/record", unreadable + " record(s) whose amounts cannot be read: the report"
                    + " cannot be proved whole"));
        }
        return new JisrException(JisrError.BATCH_TOTALS, "the records of report " + header.getReportId()
                + " do not add up to its totals; nothing was forwarded", violations);
    }

    static String signed(java.math.BigDecimal value) {
        return (value.signum() >= 0 ? "+" : "") + value.toPlainString();
    }

    private static RefusedRecord refusedRecord(int index, Integer sequence, JisrException refusal) {
        RefusedRecord record = new RefusedRecord();
        record.setIndex(index);
        record.setSequence(sequence);
        record.setCode(refusal.error().code());
        FieldViolation first = refusal.violations().isEmpty() ? null : refusal.violations().get(0);
        // A refusal of the whole line (not JSON, too long) points at the record itself; the schema wants a non-empty pointer.
        record.setField(first == null || first.field().isEmpty() ? "/" : first.field());
        record.setReason(first == null ? refusal.getMessage() : first.reason());
        return record;
    }

    private static ContributionReportAccepted accepted(SubmissionAccepted done, ContributionReport header, int read,
                                                       List<RefusedRecord> refused, int forwarded) {
        ContributionReportAccepted accepted = new ContributionReportAccepted();
        accepted.setTrackingId(done.getTrackingId());
        accepted.setMessageId(done.getMessageId());
        accepted.setStatus(done.getStatus());
        accepted.setAcceptedAt(done.getAcceptedAt());
        accepted.setReportId(header.getReportId());
        accepted.setRecordCount(read);
        accepted.setForwardedCount(forwarded);
        accepted.getRefusedRecord().addAll(refused);
        return accepted;
    }
}
