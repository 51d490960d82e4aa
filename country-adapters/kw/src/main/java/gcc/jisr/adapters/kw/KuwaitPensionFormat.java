package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.pension.PensionFields;
import gcc.jisr.adapters.pension.PensionSettings;
import gcc.jisr.adapters.pension.ReportOutcome;
import gcc.jisr.adapters.pension.SegmentedPensionFormat;
import gcc.jisr.adapters.pension.segments.FieldNaming;
import gcc.jisr.adapters.pension.segments.XmlSyntax;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.RecordOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kuwait's Public Institution for Social Security (PIFSS) and its GCC-extension files, as XML in the namespace
 * {@value #NAMESPACE}: a root element per file ({@code <ContributionReport>}, {@code <ServicePeriodStatement>},
 * {@code <PensionNotice>}, {@code <ContributionAnswer>}, {@code <PensionAnswer>}, {@code <Refusal>}), one element per
 * segment ({@code <Header>}, {@code <Total>}, {@code <Record>}, ...) and one per field, names in PascalCase. Dates
 * {@code yyyy-MM-dd}, the month {@code yyyy-MM}, amounts as decimals with the dinar's 3 places ({@code 1942.500}).
 * The file streams: a report of any size is read and written element by element.
 *
 * <p>Answers: report {@code PROCESSED}, {@code ALREADY_RECEIVED} or {@code TOTALS_REJECTED}; record {@code ACCEPTED} or
 * {@code REJECTED}; statement and notice {@code REGISTERED}, {@code ALREADY_REGISTERED} or {@code REJECTED}. The
 * interface is Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class KuwaitPensionFormat extends SegmentedPensionFormat {

    public static final String NAMESPACE = "urn:kw:pifss:gcc-extension:v1";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/pifss/gcc-extension/v1/contributions";
    public static final String STATEMENT_PATH = "/pifss/gcc-extension/v1/service-periods";
    public static final String NOTICE_PATH = "/pifss/gcc-extension/v1/notices";
    public static final String INSTITUTION = "PIFSS";
    public static final String DATE_PATTERN = "yyyy-MM-dd";
    public static final String MONTH_PATTERN = "yyyy-MM";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.DECIMAL,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("PROCESSED"),
                    ReportOutcome.DUPLICATE, List.of("ALREADY_RECEIVED"), ReportOutcome.REFUSED, List.of("TOTALS_REJECTED"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("ACCEPTED"),
                    RecordOutcome.REJECTED, List.of("REJECTED"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("REGISTERED"),
                    AcknowledgementOutcome.DUPLICATE, List.of("ALREADY_REGISTERED"), AcknowledgementOutcome.REJECTED, List.of("REJECTED"))));

    public KuwaitPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private KuwaitPensionFormat(PensionFields fields) {
        super(GccState.KW, CONTENT_TYPE, new XmlSyntax(FieldNaming.PASCAL, NAMESPACE), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(PensionSettings.DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public KuwaitPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(PensionSettings.DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.gregorian(NationalDates.of(pattern)));
        return new KuwaitPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
