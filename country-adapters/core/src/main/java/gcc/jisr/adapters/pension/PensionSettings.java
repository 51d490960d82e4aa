package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.RecordOutcome;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The settings every national pension system shares, under the same names in every adapter: where the fund takes
 * contribution reports, statements and notices, the code of the fund (its institution id is the state and this
 * code, e.g. {@code KW:PIFSS}), and how it codes its answers. No GCC fund publishes such an interface, so all of them
 * are assumptions of each adapter.
 */
public final class PensionSettings {

    /** The path that takes contribution reports, e.g. {@code /pifss/gcc-extension/v1/contributions}. */
    public static final String CONTRIBUTION_PATH = "pension.contribution-path";
    /** The path that takes service-period statements. */
    public static final String STATEMENT_PATH = "pension.statement-path";
    /** The path that takes notices. */
    public static final String NOTICE_PATH = "pension.notice-path";
    /** The fund's institution code, e.g. {@code PIFSS}: acknowledgements name {@code KW:PIFSS} as the acknowledging one. */
    public static final String INSTITUTION = "pension.institution";
    /** The pattern of the fund's Gregorian dates, e.g. {@code dd/MM/yyyy} (date-times add {@code HH:mm:ss}). */
    public static final String DATE_PATTERN = "pension.date-pattern";
    /** The pattern of the contribution month, e.g. {@code yyyy-MM}. */
    public static final String MONTH_PATTERN = "pension.month-pattern";
    /** The prefix of the report answer codes: {@code pension.report.processed}, {@code .duplicate}, {@code .refused}. */
    public static final String REPORT = "pension.report";
    /** The prefix of the record result codes: {@code pension.record.accepted}, {@code .rejected}. */
    public static final String RECORD = "pension.record";
    /** The prefix of the statement and notice answer codes: {@code pension.outcome.recorded}, {@code .duplicate}, {@code .rejected}. */
    public static final String OUTCOME = "pension.outcome";

    /** The canonical pattern of an institution code (the part after {@code CC:}). */
    public static final Pattern INSTITUTION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9\\-]{1,31}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");

    private PensionSettings() {
    }

    /** The paths and the institution. */
    public static Set<String> keys() {
        return Set.of(CONTRIBUTION_PATH, STATEMENT_PATH, NOTICE_PATH, INSTITUTION);
    }

    /** The month pattern and the answer code keys, which every format reads. */
    public static Set<String> formatKeys() {
        return RegistrySettings.union(Set.of(MONTH_PATTERN), TrafficCodes.settingKeys(ReportOutcome.class, REPORT),
                TrafficCodes.settingKeys(RecordOutcome.class, RECORD), TrafficCodes.settingKeys(AcknowledgementOutcome.class, OUTCOME));
    }

    /** The conventions with the operator's month pattern and answer codes; dates are each format's. */
    public static PensionFields configured(AdapterSettings settings, PensionFields fields, gcc.jisr.adapters.traffic.NationalDateTime dates) {
        UnaryOperator<String> validCode = code -> {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(code + " is not 1-32 upper-case letters, digits or '_'");
            }
            return code;
        };
        String month = settings.get(MONTH_PATTERN, fields.monthPattern(), pattern -> {
            PensionFields.monthFormatter(pattern);
            return pattern;
        });
        return fields.with(dates, month, fields.reportOutcomes().configured(settings, REPORT, validCode),
                fields.recordOutcomes().configured(settings, RECORD, validCode),
                fields.outcomes().configured(settings, OUTCOME, validCode));
    }

    public static RegistryPath path(AdapterSettings settings, String key, RegistryPath current) {
        return settings.get(key, current, RegistryPath::withoutId);
    }

    public static String institution(AdapterSettings settings, String current) {
        return settings.get(INSTITUTION, current, PensionSettings::institution);
    }

    /** @throws IllegalArgumentException when the code cannot follow {@code CC:} in an institution id */
    public static String institution(String code) {
        if (!INSTITUTION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an institution code is 2-32 upper-case letters, digits or '-', starting with a letter or digit");
        }
        return code;
    }
}
