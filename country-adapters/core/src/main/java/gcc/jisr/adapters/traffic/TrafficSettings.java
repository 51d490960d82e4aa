package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The settings every national traffic system shares, under the same names in every adapter: where it takes notices
 * and status changes, which agency code it answers as, and how it codes outcomes and status changes. No GCC traffic
 * system publishes its interface, so all of them are assumptions of each adapter.
 */
public final class TrafficSettings {

    /** The path that takes notices, e.g. {@code /moi/traffic/v1/foreign-violations}. */
    public static final String NOTICE_PATH = "traffic.notice-path";
    /** The path that takes status changes. */
    public static final String STATUS_PATH = "traffic.status-path";
    /** The agency code the acknowledgement names as the one that acknowledged ({@code acknowledgedBy.agency}). */
    public static final String AGENCY = "traffic.agency";
    /** The prefix of the outcome codes: {@code traffic.outcome.recorded}, {@code .duplicate}, {@code .rejected}. */
    public static final String OUTCOME = "traffic.outcome";
    /** The prefix of the status change codes: {@code traffic.status.paid}, {@code .contested}, ... */
    public static final String STATUS = "traffic.status";

    /** The pattern of the traffic system's Gregorian dates, e.g. {@code dd/MM/yyyy} (date-times add {@code HH:mm:ss}). */
    public static final String DATE_PATTERN = "traffic.date-pattern";

    /** The canonical pattern of an agency code (common XSD {@code AgencyCode}). */
    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9\\-]{1,31}");

    private TrafficSettings() {
    }

    /** The paths and the agency. */
    public static Set<String> keys() {
        return Set.of(NOTICE_PATH, STATUS_PATH, AGENCY);
    }

    /** The outcome and status change code keys, for a format that lets the operator change both. */
    public static Set<String> codeKeys() {
        return RegistrySettings.union(TrafficCodes.settingKeys(AcknowledgementOutcome.class, OUTCOME),
                TrafficCodes.settingKeys(StatusChange.class, STATUS));
    }

    public static NationalDates dates(AdapterSettings settings, NationalDates current) {
        return settings.get(DATE_PATTERN, current, NationalDates::of);
    }

    public static TrafficCodes<AcknowledgementOutcome> outcomes(AdapterSettings settings, TrafficCodes<AcknowledgementOutcome> current,
                                                                UnaryOperator<String> validCode) {
        return current.configured(settings, OUTCOME, validCode);
    }

    public static TrafficCodes<StatusChange> statuses(AdapterSettings settings, TrafficCodes<StatusChange> current,
                                                      UnaryOperator<String> validCode) {
        return current.configured(settings, STATUS, validCode);
    }

    /** A code check: the code matches {@code pattern}, described as {@code what}. */
    public static UnaryOperator<String> codesMatching(Pattern pattern, String what) {
        return code -> {
            if (!pattern.matcher(code).matches()) {
                throw new IllegalArgumentException(code + " is not " + what);
            }
            return code;
        };
    }

    public static RegistryPath path(AdapterSettings settings, String key, RegistryPath current) {
        return settings.get(key, current, RegistryPath::withoutId);
    }

    public static String agency(AdapterSettings settings, String current) {
        return settings.get(AGENCY, current, TrafficSettings::agency);
    }

    /** @throws IllegalArgumentException when the code is not a canonical agency code */
    public static String agency(String code) {
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an agency code is 2-32 upper-case letters, digits or '-', starting with a letter or digit");
        }
        return code;
    }
}
