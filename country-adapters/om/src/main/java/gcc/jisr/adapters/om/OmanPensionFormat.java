package gcc.jisr.adapters.om;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.pension.PensionFields;
import gcc.jisr.adapters.pension.PensionLayouts;
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
 * Oman's Social Protection Fund (SPF) and its GCC-extension files, as XML in the namespace {@value #NAMESPACE},
 * element names in upper snake case ({@code <CONTRIBUTION_REPORT>}, {@code <HEADER>}, {@code <RECORD>},
 * {@code <EMPLOYEE_CONTRIBUTION>}): a root element per file, one element per segment of {@link PensionLayouts} and one
 * per field. Dates {@code dd/MM/yyyy}, the month {@code MM/yyyy}, amounts as whole baisa (minor units:
 * {@code 1942.500 OMR} is {@code 1942500}). The file streams: a report of any size is read and written element by
 * element.
 *
 * <p>Answers: report {@code PROCESSED} processed, {@code DUPLICATE} duplicate, {@code REFUSED} refused; record {@code ACCEPTED} accepted, {@code REJECTED} rejected; statement and notice {@code RECORDED} recorded, {@code DUPLICATE} duplicate, {@code REJECTED} rejected. The interface is
 * Jisr's model, not a published one: paths, institution, patterns and codes are settings.
 */
public final class OmanPensionFormat extends SegmentedPensionFormat {

    public static final String NAMESPACE = "urn:om:spf:gcc:v1";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
    public static final String CONTRIBUTION_PATH = "/spf/gcc/v1/contributions";
    public static final String STATEMENT_PATH = "/spf/gcc/v1/service-periods";
    public static final String NOTICE_PATH = "/spf/gcc/v1/notices";
    public static final String INSTITUTION = "SPF";
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String MONTH_PATTERN = "MM/yyyy";

    static final PensionFields DEFAULT_FIELDS = new PensionFields(NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
            MONTH_PATTERN, PensionFields.Amounts.MINOR_UNITS,
            TrafficCodes.of(ReportOutcome.class, Map.of(ReportOutcome.PROCESSED, List.of("PROCESSED"),
                    ReportOutcome.DUPLICATE, List.of("DUPLICATE"), ReportOutcome.REFUSED, List.of("REFUSED"))),
            TrafficCodes.of(RecordOutcome.class, Map.of(RecordOutcome.ACCEPTED, List.of("ACCEPTED"),
                    RecordOutcome.REJECTED, List.of("REJECTED"))),
            TrafficCodes.of(AcknowledgementOutcome.class, Map.of(AcknowledgementOutcome.RECORDED, List.of("RECORDED"),
                    AcknowledgementOutcome.DUPLICATE, List.of("DUPLICATE"), AcknowledgementOutcome.REJECTED, List.of("REJECTED"))));

    public OmanPensionFormat() {
        this(DEFAULT_FIELDS);
    }

    private OmanPensionFormat(PensionFields fields) {
        super(GccState.OM, CONTENT_TYPE, new XmlSyntax(FieldNaming.UPPER_SNAKE, NAMESPACE), fields);
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(PensionSettings.DATE_PATTERN), PensionSettings.formatKeys());
    }

    @Override
    public OmanPensionFormat configured(AdapterSettings settings) {
        NationalDateTime dates = settings.get(PensionSettings.DATE_PATTERN, fields().dates(),
                pattern -> NationalDateTime.gregorian(NationalDates.of(pattern)));
        return new OmanPensionFormat(PensionSettings.configured(settings, fields(), dates));
    }
}
