package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.pension.PensionFields;
import gcc.jisr.adapters.pension.PensionLayouts;
import gcc.jisr.adapters.pension.PensionSettings;
import gcc.jisr.adapters.pension.ReportOutcome;
import gcc.jisr.adapters.pension.SegmentedPensionFormat;
import gcc.jisr.adapters.pension.segments.DelimitedSyntax;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.RecordOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The UAE's General Pension and Social Security Authority (GPSSA) and its GCC-extension files: pipe-delimited
 * UTF-8 lines ending in LF, each starting with a three-letter line code ({@code HDR} header, {@code TOT} a currency
 * total, {@code WHD}/{@code WHT}/{@code WHR} what the sending gateway withheld, {@code REC} a record, {@code STM} and
 * {@code PER} a statement and its periods, {@code NTC} a notice, {@code ANS}/{@code DIF}/{@code RES} the answer to a
 * report, {@code ACK} the answer to a statement or notice, {@code ERR} a refusal), then the fields of
 * {@link PensionLayouts} in order, quoted as RFC 4180 says when a value holds a pipe or a quote. Dates
 * {@code dd-MM-yyyy}, the month {@code MM-yyyy}, amounts as whole fils (minor units: {@code 1942.50 AED} is
 * {@code 194250}).
 *
 * <p>Answers: report {@code P} processed, {@code D} duplicate, {@code R} refused; record {@code A} accepted, {@code R} rejected; statement and notice {@code REC} recorded, {@code DUP} duplicate, {@code REJ} rejected. The interface is
 * Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class EmiratesPensionFormat extends SegmentedPensionFormat {

    /** The line codes: the segment types of {@link PensionLayouts}, as the defaults. */
    public static final Map<String, String> LINE_CODES = PensionLayouts.DEFAULT_LINE_CODES;
    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/gpssa/gcc/v1/contributions";
    public static final String STATEMENT_PATH = "/gpssa/gcc/v1/service-periods";
    public static final String NOTICE_PATH = "/gpssa/gcc/v1/notices";
    public static final String INSTITUTION = "GPSSA";
    public static final String DATE_PATTERN = "dd-MM-yyyy";
    public static final String MONTH_PATTERN = "MM-yyyy";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.MINOR_UNITS,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("P"),
                    ReportOutcome.DUPLICATE, List.of("D"), ReportOutcome.REFUSED, List.of("R"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("A"),
                    RecordOutcome.REJECTED, List.of("R"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("REC"),
                    AcknowledgementOutcome.DUPLICATE, List.of("DUP"), AcknowledgementOutcome.REJECTED, List.of("REJ"))));

    public EmiratesPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private EmiratesPensionFormat(PensionFields fields) {
        super(GccState.AE, CONTENT_TYPE, new DelimitedSyntax('|', LINE_CODES, "\n"), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(PensionSettings.DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public EmiratesPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(PensionSettings.DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.gregorian(NationalDates.of(pattern)));
        return new EmiratesPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
