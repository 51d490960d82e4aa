package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.traffic.FlatTrafficLayout;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.NationalNotice;
import gcc.jisr.adapters.traffic.NationalStatusChange;
import gcc.jisr.adapters.traffic.NationalTrafficAnswer;
import gcc.jisr.adapters.traffic.NationalTrafficFormat;
import gcc.jisr.adapters.traffic.StatusChange;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.adapters.traffic.TrafficSettings;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Qatar's traffic system's (Ministry of Interior, General Directorate of Traffic) intake of foreign violations, in the
 * CSV style of the MOI registry: RFC 4180 ({@link Rfc4180}), UTF-8 with a byte order mark, a header row of column names
 * in upper snake case and one data row; columns are found by name, so their order is free. Dates {@code dd-MM-yyyy},
 * local times {@code dd-MM-yyyy HH:mm:ss} in Qatar time (no offset), money in the currency's minor units
 * ({@code FINE_AMOUNT} 75250 with {@code FINE_CURRENCY} KWD is 75.250 dinars), the plate as Qatar writes it
 * ({@code TAXI 12345}, or the bare number of a private plate). An empty field is an absent one.
 *
 * <ul>
 *   <li>{@code POST /moi-qatar/traffic/v1/foreign-violations.csv}: the notice;</li>
 *   <li>{@code POST /moi-qatar/traffic/v1/violation-status.csv}: a status change, {@code STATUS} PAID, APPEALED,
 *       CANCELLED or SETTLED;</li>
 *   <li>HTTP 200 answer: {@code RESULT} ACCEPTED, DUPLICATE or REJECTED, {@code NATIONAL_REFERENCE}, {@code REASON},
 *       {@code ANSWERED_AT};</li>
 *   <li>refusals: columns {@code ERROR_CODE} ({@code MOI-} and the HTTP status) and {@code MESSAGE}.</li>
 * </ul>
 * A column not in the layout, a column given twice, a row of another width or more than one data row is refused.
 * Jisr's model, not a published interface: paths, agency, date pattern and codes are settings.
 */
public final class QatarTrafficFormat implements NationalTrafficFormat {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    public static final String NOTICE_PATH = "/moi-qatar/traffic/v1/foreign-violations.csv";
    public static final String STATUS_PATH = "/moi-qatar/traffic/v1/violation-status.csv";
    public static final String AGENCY = "MOI-QA-TRAFFIC";
    public static final String DEFAULT_DATE_PATTERN = "dd-MM-yyyy";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESULTS = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("ACCEPTED"),
            AcknowledgementOutcome.DUPLICATE, List.of("DUPLICATE"),
            AcknowledgementOutcome.REJECTED, List.of("REJECTED")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PAID"),
            StatusChange.CONTESTED, List.of("APPEALED"),
            StatusChange.CANCELLED, List.of("CANCELLED"),
            StatusChange.SETTLED, List.of("SETTLED")));

    private static final String BOM = "\uFEFF";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,24}");

    private final NationalDates dates;
    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;
    private final FlatTrafficLayout layout;

    public QatarTrafficFormat() {
        this(NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_RESULTS, DEFAULT_STATUSES);
    }

    public QatarTrafficFormat(NationalDates dates, TrafficCodes<AcknowledgementOutcome> results, TrafficCodes<StatusChange> statuses) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.layout = new FlatTrafficLayout(FlatTrafficLayout.Naming.UPPER_SNAKE, NationalDateTime.gregorian(dates),
                FlatTrafficLayout.Amounts.MINOR_UNITS, results, statuses);
    }

    @Override
    public GccState state() {
        return GccState.QA;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(TrafficSettings.DATE_PATTERN), TrafficSettings.codeKeys());
    }

    @Override
    public QatarTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "1-24 upper-case letters, digits or '_'");
        return new QatarTrafficFormat(TrafficSettings.dates(settings, dates),
                TrafficSettings.outcomes(settings, results, validCode), TrafficSettings.statuses(settings, statuses, validCode));
    }

    @Override
    public byte[] writeNotice(NationalNotice notice) {
        return write(layout.writeNotice(notice));
    }

    @Override
    public NationalNotice readNotice(byte[] body) {
        return layout.readNotice(read(body));
    }

    @Override
    public byte[] writeStatusChange(NationalStatusChange change) {
        return write(layout.writeStatusChange(change));
    }

    @Override
    public NationalStatusChange readStatusChange(byte[] body) {
        return layout.readStatusChange(read(body));
    }

    @Override
    public byte[] writeAnswer(NationalTrafficAnswer answer) {
        return write(layout.writeAnswer(answer));
    }

    @Override
    public NationalTrafficAnswer readAnswer(byte[] body) {
        return layout.readAnswer(read(body));
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ERROR_CODE", "MOI-" + httpStatus);
        fields.put("MESSAGE", message);
        return write(fields);
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            Map<String, String> fields = read(body);
            if (fields.containsKey("ERROR_CODE") && fields.containsKey("MESSAGE")) {
                return Optional.of(fields.get("ERROR_CODE") + " " + fields.get("MESSAGE"));
            }
        } catch (RuntimeException e) {
            // Only an explanation: an unreadable body is reported as such by the caller.
        }
        return Optional.empty();
    }

    private static byte[] write(Map<String, String> fields) {
        return (BOM + Rfc4180.record(new ArrayList<>(fields.keySet())) + Rfc4180.record(new ArrayList<>(fields.values())))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The one data row by column name. */
    static Map<String, String> read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException("the Qatari traffic CSV is not UTF-8");
        }
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        List<List<String>> records;
        try {
            records = Rfc4180.records(text);
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException("the Qatari traffic CSV is not RFC 4180: " + e.getMessage());
        }
        if (records.size() != 2) {
            throw new RegistryFormatException("the Qatari traffic CSV must hold a header and one row, holds " + records.size() + " records");
        }
        List<String> header = records.get(0);
        List<String> row = records.get(1);
        if (header.size() != row.size()) {
            throw new RegistryFormatException("the Qatari traffic CSV row has " + row.size() + " fields, its header " + header.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (fields.put(header.get(i), row.get(i)) != null) {
                throw new RegistryFormatException("the Qatari traffic CSV names column " + header.get(i) + " twice");
            }
        }
        return fields;
    }
}
