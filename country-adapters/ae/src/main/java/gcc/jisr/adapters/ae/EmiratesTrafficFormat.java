package gcc.jisr.adapters.ae;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The UAE federal traffic system's (Ministry of Interior) intake of foreign violations, in the key-value text style of
 * the ICP registry: {@code text/plain; charset=UTF-8}, one {@code Key=Value} per line ending in LF, keys in
 * PascalCase ({@code PlateNumber=DXB AA 12345}), dates {@code dd/MM/yyyy}, local times {@code dd/MM/yyyy HH:mm:ss} in
 * UAE time (no offset), money as a plain decimal with its currency in {@code FineCurrency}. A value cannot hold a line
 * break, so a backslash, CR and LF in a value are written {@code \\}, {@code \r} and {@code \n}; an absent field is an
 * absent line.
 *
 * <ul>
 *   <li>{@code POST /moi-uae/traffic/v1/foreign-fines}: the notice;</li>
 *   <li>{@code POST /moi-uae/traffic/v1/foreign-fines/status}: a status change, {@code Status} PAID, DISPUTED,
 *       CANCELLED or SETTLED;</li>
 *   <li>HTTP 200 answer: {@code Result} {@code 000} recorded, {@code 201} already recorded, {@code 301} rejected
 *       (with {@code Reason}), {@code NationalReference}, {@code AnsweredAt};</li>
 *   <li>refusals: {@code ResponseCode=9} and the HTTP status, {@code Message=...}.</li>
 * </ul>
 * A key not in the layout, a key given twice and a line without {@code =} are refused. Jisr's model, not a published
 * interface: paths, agency, date pattern and codes are settings.
 */
public final class EmiratesTrafficFormat implements NationalTrafficFormat {

    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";
    public static final String NOTICE_PATH = "/moi-uae/traffic/v1/foreign-fines";
    public static final String STATUS_PATH = "/moi-uae/traffic/v1/foreign-fines/status";
    public static final String AGENCY = "MOI-UAE-TRAFFIC";
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESULTS = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("000"),
            AcknowledgementOutcome.DUPLICATE, List.of("201"),
            AcknowledgementOutcome.REJECTED, List.of("301")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PAID"),
            StatusChange.CONTESTED, List.of("DISPUTED"),
            StatusChange.CANCELLED, List.of("CANCELLED"),
            StatusChange.SETTLED, List.of("SETTLED")));

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,16}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final NationalDates dates;
    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;
    private final FlatTrafficLayout layout;

    public EmiratesTrafficFormat() {
        this(NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_RESULTS, DEFAULT_STATUSES);
    }

    public EmiratesTrafficFormat(NationalDates dates, TrafficCodes<AcknowledgementOutcome> results, TrafficCodes<StatusChange> statuses) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.layout = new FlatTrafficLayout(FlatTrafficLayout.Naming.PASCAL, NationalDateTime.gregorian(dates),
                FlatTrafficLayout.Amounts.DECIMAL, results, statuses);
    }

    @Override
    public GccState state() {
        return GccState.AE;
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
    public EmiratesTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "1-16 upper-case letters, digits or '_'");
        return new EmiratesTrafficFormat(TrafficSettings.dates(settings, dates),
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
        fields.put("ResponseCode", "9" + httpStatus);
        fields.put("Message", message);
        return write(fields);
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            Map<String, String> fields = read(body);
            if (fields.containsKey("ResponseCode") && fields.containsKey("Message")) {
                return Optional.of(fields.get("ResponseCode") + " " + fields.get("Message"));
            }
        } catch (RuntimeException e) {
            // Only an explanation: an unreadable body is reported as such by the caller.
        }
        return Optional.empty();
    }

    private static byte[] write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(512);
        fields.forEach((key, value) -> {
            if (!value.isEmpty()) {
                out.append(key).append('=').append(escape(value)).append('\n');
            }
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws RegistryFormatException for text that is not UTF-8 or not key-value lines */
    static Map<String, String> read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException("the UAE traffic message is not UTF-8");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                if (i == lines.length - 1) {
                    continue;
                }
                throw new RegistryFormatException("line " + (i + 1) + " of the UAE traffic message is empty");
            }
            int equals = line.indexOf('=');
            if (equals <= 0 || !KEY.matcher(line.substring(0, equals)).matches()) {
                throw new RegistryFormatException("line " + (i + 1) + " of the UAE traffic message is not Key=Value");
            }
            String key = line.substring(0, equals);
            if (fields.put(key, unescape(line.substring(equals + 1), key)) != null) {
                throw new RegistryFormatException("the UAE traffic message gives " + key + " twice");
            }
        }
        if (fields.isEmpty()) {
            throw new RegistryFormatException("the UAE traffic message is empty");
        }
        return fields;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value, String key) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < value.length() ? value.charAt(++i) : 0;
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new RegistryFormatException(key + " holds a backslash that escapes nothing (\\\\, \\n or \\r)");
            }
        }
        return out.toString();
    }
}
