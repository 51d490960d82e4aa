package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.pension.PensionFields;
import gcc.jisr.adapters.pension.PensionLayouts;
import gcc.jisr.adapters.pension.PensionSettings;
import gcc.jisr.adapters.pension.ReportOutcome;
import gcc.jisr.adapters.pension.SegmentedPensionFormat;
import gcc.jisr.adapters.pension.segments.FixedWidthSyntax;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.RecordOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bahrain's Social Insurance Organization (SIO) and its GCC-extension files: fixed-width UTF-8 lines ending in LF,
 * one a segment, each starting with a three-character line code ({@code HDR}, {@code TOT}, {@code REC}, ...: see
 * {@link PensionLayouts#DEFAULT_LINE_CODES}) and then the fields of {@link PensionLayouts} in order at their widths
 * (in characters): numbers right-aligned with leading zeros, text left-aligned with trailing spaces, a field of
 * spaces absent. A record line is 711 characters. Dates {@code yyyyMMdd}, the month {@code yyyyMM}, amounts as whole
 * fils (minor units: {@code 1942.500 BHD} is {@code 000000000001942500}).
 *
 * <p>Answers: report {@code 00} processed, {@code 01} duplicate, {@code 22} refused; record {@code 0} accepted, {@code 1} rejected; statement and notice {@code 00} recorded, {@code 01} duplicate, {@code 99} rejected. The interface is
 * Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class BahrainPensionFormat extends SegmentedPensionFormat {

    /** The line codes, three characters: the segment types of {@link PensionLayouts}, as the defaults. */
    public static final Map<String, String> LINE_CODES = PensionLayouts.DEFAULT_LINE_CODES;
    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/sio/gcc-extension/v1/contributions";
    public static final String STATEMENT_PATH = "/sio/gcc-extension/v1/service-periods";
    public static final String NOTICE_PATH = "/sio/gcc-extension/v1/notices";
    public static final String INSTITUTION = "SIO";
    public static final String DATE_PATTERN = "yyyyMMdd";
    public static final String MONTH_PATTERN = "yyyyMM";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.MINOR_UNITS,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("00"),
                    ReportOutcome.DUPLICATE, List.of("01"), ReportOutcome.REFUSED, List.of("22"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("0"),
                    RecordOutcome.REJECTED, List.of("1"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("00"),
                    AcknowledgementOutcome.DUPLICATE, List.of("01"), AcknowledgementOutcome.REJECTED, List.of("99"))));

    public BahrainPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private BahrainPensionFormat(PensionFields fields) {
        super(GccState.BH, CONTENT_TYPE, new FixedWidthSyntax(3, LINE_CODES, "\n"), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(PensionSettings.DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public BahrainPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(PensionSettings.DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.gregorian(NationalDates.of(pattern)));
        return new BahrainPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
