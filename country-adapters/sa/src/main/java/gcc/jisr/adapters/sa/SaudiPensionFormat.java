package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.adapters.pension.PensionFields;
import gcc.jisr.adapters.pension.PensionSettings;
import gcc.jisr.adapters.pension.ReportOutcome;
import gcc.jisr.adapters.pension.SegmentedPensionFormat;
import gcc.jisr.adapters.pension.segments.FieldNaming;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.RecordOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saudi Arabia's General Organization for Social Insurance (GOSI) and its GCC-extension files, as JSON in the style of
 * the Kingdom's government services: one object a file, members in camelCase ({@code "header"}, {@code "totals"},
 * {@code "records"}, {@code "periods"}, {@code "results"}), every value a string. Dates are Hijri in the Umm al-Qura
 * calendar, the Kingdom's official one, written {@code yyyy/MM/dd} ({@code 1448/05/29}); date-times add
 * {@code HH:mm:ss} in Riyadh time. The contribution month stays Gregorian ({@code 2026-10}): wages are paid by
 * Gregorian month. Amounts are decimals with the riyal's 2 places ({@code "1942.50"}). The file streams: a report of any
 * size is read and written record by record, one record a line.
 *
 * <p>Answers: report {@code 0000} processed, {@code 0001} duplicate, {@code 4220} refused; record {@code OK} accepted,
 * {@code NOK} rejected; statement and notice {@code 0000} recorded, {@code 0001} duplicate, {@code 2001} rejected. The
 * interface is Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class SaudiPensionFormat extends SegmentedPensionFormat {

    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/gosi/gcc-extension/v1/contributions";
    public static final String STATEMENT_PATH = "/gosi/gcc-extension/v1/service-periods";
    public static final String NOTICE_PATH = "/gosi/gcc-extension/v1/notices";
    public static final String INSTITUTION = "GOSI";
    /** The setting for the pattern of Hijri dates. */
    public static final String HIJRI_DATE_PATTERN = "pension.hijri-date-pattern";
    public static final String DEFAULT_HIJRI_PATTERN = "yyyy/MM/dd";
    public static final String MONTH_PATTERN = "yyyy-MM";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.hijri(HijriDates.ofPattern(DEFAULT_HIJRI_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.DECIMAL,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("0000"),
                    ReportOutcome.DUPLICATE, List.of("0001"), ReportOutcome.REFUSED, List.of("4220"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("OK"), RecordOutcome.REJECTED, List.of("NOK"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("0000"),
                    AcknowledgementOutcome.DUPLICATE, List.of("0001"), AcknowledgementOutcome.REJECTED, List.of("2001"))));

    public SaudiPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private SaudiPensionFormat(PensionFields fields) {
        super(GccState.SA, CONTENT_TYPE, new JsonSegmentSyntax(FieldNaming.CAMEL), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(HIJRI_DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public SaudiPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(HIJRI_DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.hijri(HijriDates.ofPattern(pattern)));
        return new SaudiPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
