package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.pension.segments.FileLayout;
import gcc.jisr.adapters.pension.segments.SegmentLayout;

import java.util.List;
import java.util.Map;

import static gcc.jisr.adapters.pension.segments.FieldSpec.number;
import static gcc.jisr.adapters.pension.segments.FieldSpec.text;

/**
 * The segments of every national pension file, with their fields in the order flat files write them and their widths
 * in a fixed-width file. One layout for all six states: what differs between states is the syntax around the
 * segments, the names, the dates, the amounts and the codes (see docs/national-formats.md, "Pension systems").
 * Widths follow the canonical limits: 64 for a reference, 34 for an institution id, 100 for a name, 18 for an amount.
 */
public final class PensionLayouts {

    public static final String HEADER = "header";
    public static final String TOTAL = "total";
    public static final String WITHHELD = "withheld";
    public static final String WITHHELD_TOTAL = "withheldTotal";
    public static final String WITHHELD_RECORD = "withheldRecord";
    public static final String RECORD = "record";
    public static final String STATEMENT = "statement";
    public static final String PERIOD = "period";
    public static final String NOTICE = "notice";
    public static final String ANSWER = "answer";
    public static final String DIFFERENCE = "difference";
    public static final String RESULT = "result";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String REFUSAL = "refusal";

    private static final SegmentLayout CURRENCY_TOTAL_FIELDS = SegmentLayout.single("x", text("currency", 3),
            number("wages", 18), number("employeeContributions", 18), number("employerContributions", 18));

    public static final FileLayout CONTRIBUTION_REPORT = new FileLayout("contributionReport", List.of(
            SegmentLayout.single(HEADER, text("reportId", 64), text("hostInstitution", 34), text("homeInstitution", 34),
                    text("employerId", 32), text("employerName", 100), text("employerNameLatin", 100), text("period", 7),
                    number("recordCount", 7), text("correlationId", 64)),
            new SegmentLayout(TOTAL, "totals", CURRENCY_TOTAL_FIELDS.fields()),
            SegmentLayout.single(WITHHELD, number("recordCount", 7)),
            new SegmentLayout(WITHHELD_TOTAL, "withheldTotals", CURRENCY_TOTAL_FIELDS.fields()),
            SegmentLayout.repeated(WITHHELD_RECORD, "withheldRecords", number("sequence", 7)),
            SegmentLayout.repeated(RECORD, "records", number("sequence", 7), text("civilId", 20), text("civilIdState", 2),
                    text("pins", 410), text("fullNameArabic", 100), text("fullNameLatin", 100), text("dateOfBirth", 10),
                    number("wage", 18), number("employeeContribution", 18), number("employerContribution", 18),
                    text("currency", 3), number("insuredDays", 2))));

    public static final FileLayout SERVICE_PERIOD_STATEMENT = new FileLayout("servicePeriodStatement", List.of(
            SegmentLayout.single(STATEMENT, text("statementId", 64), text("caseId", 64), text("hostInstitution", 34),
                    text("homeInstitution", 34), text("civilId", 20), text("civilIdState", 2), text("pins", 410),
                    text("fullNameArabic", 100), text("fullNameLatin", 100), text("dateOfBirth", 10), number("years", 2),
                    number("months", 2), number("days", 2), text("correlationId", 64)),
            SegmentLayout.repeated(PERIOD, "periods", text("from", 10), text("to", 10), text("type", 16),
                    text("nationalType", 100), text("employerId", 32), text("employerName", 100), text("employerNameLatin", 100))));

    public static final FileLayout PENSION_NOTICE = new FileLayout("pensionNotice", List.of(
            SegmentLayout.single(NOTICE, text("noticeId", 64), text("caseId", 64), text("sender", 34), text("receiver", 34),
                    text("civilId", 20), text("civilIdState", 2), text("pins", 410), text("fullNameArabic", 100),
                    text("fullNameLatin", 100), text("dateOfBirth", 10), text("event", 24), text("employerId", 32),
                    text("employerName", 100), text("employerNameLatin", 100), text("eventDate", 10), number("amount", 18),
                    text("currency", 3), number("previousAmount", 18), text("previousCurrency", 3), text("reason", 24),
                    text("occupation", 100), text("workRelated", 1), text("reference", 64), text("benefit", 24),
                    text("frequency", 10), text("startDate", 10), text("endDate", 10), text("correlationId", 64))));

    public static final FileLayout CONTRIBUTION_ANSWER = new FileLayout("contributionAnswer", List.of(
            SegmentLayout.single(ANSWER, text("reportId", 64), text("status", 32), text("answeredAt", 19),
                    number("acceptedCount", 7), number("rejectedCount", 7), text("errorCode", 32),
                    number("declaredRecordCount", 7), number("countedRecordCount", 7)),
            SegmentLayout.repeated(DIFFERENCE, "differences", text("currency", 3), text("total", 24), number("declared", 18),
                    number("computed", 18), text("difference", 19)),
            SegmentLayout.repeated(RESULT, "results", number("sequence", 7), text("outcome", 32), text("reasonCode", 48),
                    text("reason", 2000))));

    public static final FileLayout PENSION_ANSWER = new FileLayout("pensionAnswer", List.of(
            SegmentLayout.single(ACKNOWLEDGEMENT, text("reference", 64), text("outcome", 32), text("caseId", 64),
                    text("reasonCode", 48), text("reason", 2000), text("answeredAt", 19))));

    public static final FileLayout REFUSAL_FILE = new FileLayout("refusal", List.of(
            SegmentLayout.single(REFUSAL, number("status", 3), text("message", 2000))));

    /** The line codes the flat formats use unless a state names its own: three letters a segment. */
    public static final Map<String, String> DEFAULT_LINE_CODES = Map.ofEntries(
            Map.entry(HEADER, "HDR"), Map.entry(TOTAL, "TOT"), Map.entry(WITHHELD, "WHD"), Map.entry(WITHHELD_TOTAL, "WHT"),
            Map.entry(WITHHELD_RECORD, "WHR"), Map.entry(RECORD, "REC"), Map.entry(STATEMENT, "STM"), Map.entry(PERIOD, "PER"),
            Map.entry(NOTICE, "NTC"), Map.entry(ANSWER, "ANS"), Map.entry(DIFFERENCE, "DIF"), Map.entry(RESULT, "RES"),
            Map.entry(ACKNOWLEDGEMENT, "ACK"), Map.entry(REFUSAL, "ERR"));

    private PensionLayouts() {
    }
}
