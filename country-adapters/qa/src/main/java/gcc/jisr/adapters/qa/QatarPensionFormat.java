package gcc.jisr.adapters.qa;

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
 * Qatar's General Retirement and Social Insurance Authority (GRSIA) and its GCC-extension files: CSV as RFC 4180
 * writes it (comma-separated, CRLF line ends, a field in double quotes when it holds a comma, a quote or surrounding
 * spaces), UTF-8, one line a segment, each starting with a three-letter line code ({@code HDR}, {@code TOT},
 * {@code REC}, ...: see {@link PensionLayouts#DEFAULT_LINE_CODES}) and then the fields of {@link PensionLayouts} in
 * order. Dates {@code dd/MM/yyyy}, the month {@code MM/yyyy}, amounts as decimals with the riyal's 2 places
 * ({@code 1942.50}).
 *
 * <p>Answers: report {@code PROCESSED} processed, {@code DUPLICATE} duplicate, {@code REFUSED} refused; record {@code ACCEPTED} accepted, {@code REJECTED} rejected; statement and notice {@code RECORDED} recorded, {@code DUPLICATE} duplicate, {@code REJECTED} rejected. The interface is
 * Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class QatarPensionFormat extends SegmentedPensionFormat {

    /** The line codes: the segment types of {@link PensionLayouts}, as the defaults. */
    public static final Map<String, String> LINE_CODES = PensionLayouts.DEFAULT_LINE_CODES;
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/grsia/gcc-extension/v1/contributions";
    public static final String STATEMENT_PATH = "/grsia/gcc-extension/v1/service-periods";
    public static final String NOTICE_PATH = "/grsia/gcc-extension/v1/notices";
    public static final String INSTITUTION = "GRSIA";
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String MONTH_PATTERN = "MM/yyyy";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.DECIMAL,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("PROCESSED"),
                    ReportOutcome.DUPLICATE, List.of("DUPLICATE"), ReportOutcome.REFUSED, List.of("REFUSED"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("ACCEPTED"),
                    RecordOutcome.REJECTED, List.of("REJECTED"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("RECORDED"),
                    AcknowledgementOutcome.DUPLICATE, List.of("DUPLICATE"), AcknowledgementOutcome.REJECTED, List.of("REJECTED"))));

    public QatarPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private QatarPensionFormat(PensionFields fields) {
        super(GccState.QA, CONTENT_TYPE, new DelimitedSyntax(',', LINE_CODES, "\r\n"), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(PensionSettings.DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public QatarPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(PensionSettings.DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.gregorian(NationalDates.of(pattern)));
        return new QatarPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
