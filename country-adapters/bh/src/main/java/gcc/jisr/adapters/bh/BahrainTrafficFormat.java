package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryFormatException;
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
 * Bahrain's traffic system's (General Directorate of Traffic) intake of foreign violations, in the fixed-width style of
 * the CIO population register: {@code text/plain; charset=UTF-8}, one record per message on one line ended by CR LF,
 * columns counted in characters (never bytes, so Arabic text does not shift them), values left-aligned and padded with
 * spaces, a blank column an absent value. The record starts with its type: {@code TVN1} notice, {@code TVS1} status
 * change, {@code TVA1} answer, {@code TVE1} refusal. Dates {@code yyyyMMdd}, local times {@code yyyyMMdd HH:mm:ss} in
 * Bahrain time (no offset), money in the currency's minor units, right-aligned with leading zeros in 18 columns, the
 * plate as Bahrain writes it ({@code PRIVATE 123456}). Every column is as wide as the canonical contract allows, so a
 * value is never cut; a line break cannot live in a one-line record, so the translator writes it as a space.
 *
 * <p>Paths {@code /gdt/traffic/v1/foreign-violations} and {@code /gdt/traffic/v1/violation-status}; answer results
 * {@code 00} recorded, {@code 01} already recorded, {@code 99} rejected; status codes {@code PD} paid, {@code CT}
 * contested, {@code CN} cancelled, {@code ST} settled. The column layout is {@link #NOTICE_WIDTHS} and its siblings.
 * Jisr's model, not a published interface: paths, agency and the two-character codes are settings; the layout and the
 * date pattern are fixed, because a pattern of another width would move every column after it.
 */
public final class BahrainTrafficFormat implements NationalTrafficFormat {

    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";
    public static final String NOTICE_PATH = "/gdt/traffic/v1/foreign-violations";
    public static final String STATUS_PATH = "/gdt/traffic/v1/violation-status";
    public static final String AGENCY = "GDT-BH";
    public static final String DATE_PATTERN = "yyyyMMdd";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESULTS = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("00"),
            AcknowledgementOutcome.DUPLICATE, List.of("01"),
            AcknowledgementOutcome.REJECTED, List.of("99")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PD"),
            StatusChange.CONTESTED, List.of("CT"),
            StatusChange.CANCELLED, List.of("CN"),
            StatusChange.SETTLED, List.of("ST")));

    /** The widths of the notice's columns after its 4-character record type, in {@link FlatTrafficLayout#NOTICE} order. */
    public static final List<Integer> NOTICE_WIDTHS = List.of(36, 2, 32, 64, 2, 24, 24, 100, 100, 100, 3, 3, 17, 100, 100, 18, 3, 8,
            20, 2, 32, 2);
    /** The widths of a status change's columns, in {@link FlatTrafficLayout#STATUS} order. */
    public static final List<Integer> STATUS_WIDTHS = List.of(36, 2, 2, 64, 2, 17, 8, 18, 3, 64, 2000);
    /** The widths of an answer's columns, in {@link FlatTrafficLayout#ANSWER} order. */
    public static final List<Integer> ANSWER_WIDTHS = List.of(2, 64, 2000, 17);

    private static final int REFUSAL_MESSAGE = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern MINOR = Pattern.compile("0*([0-9]+)");

    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;
    private final FlatTrafficLayout layout;

    public BahrainTrafficFormat() {
        this(DEFAULT_RESULTS, DEFAULT_STATUSES);
    }

    public BahrainTrafficFormat(TrafficCodes<AcknowledgementOutcome> results, TrafficCodes<StatusChange> statuses) {
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.layout = new FlatTrafficLayout(FlatTrafficLayout.Naming.UPPER_SNAKE, NationalDateTime.gregorian(NationalDates.of(DATE_PATTERN)),
                FlatTrafficLayout.Amounts.MINOR_UNITS, results, statuses);
    }

    @Override
    public GccState state() {
        return GccState.BH;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return TrafficSettings.codeKeys();
    }

    @Override
    public BahrainTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "two upper-case letters or digits");
        return new BahrainTrafficFormat(TrafficSettings.outcomes(settings, results, validCode),
                TrafficSettings.statuses(settings, statuses, validCode));
    }

    @Override
    public byte[] writeNotice(NationalNotice notice) {
        return write("TVN1", layout.writeNotice(notice), NOTICE_WIDTHS);
    }

    @Override
    public NationalNotice readNotice(byte[] body) {
        return layout.readNotice(read(body, "TVN1", layout.names(FlatTrafficLayout.NOTICE), NOTICE_WIDTHS));
    }

    @Override
    public byte[] writeStatusChange(NationalStatusChange change) {
        return write("TVS1", layout.writeStatusChange(change), STATUS_WIDTHS);
    }

    @Override
    public NationalStatusChange readStatusChange(byte[] body) {
        return layout.readStatusChange(read(body, "TVS1", layout.names(FlatTrafficLayout.STATUS), STATUS_WIDTHS));
    }

    @Override
    public byte[] writeAnswer(NationalTrafficAnswer answer) {
        return write("TVA1", layout.writeAnswer(answer), ANSWER_WIDTHS);
    }

    @Override
    public NationalTrafficAnswer readAnswer(byte[] body) {
        return layout.readAnswer(read(body, "TVA1", layout.names(FlatTrafficLayout.ANSWER), ANSWER_WIDTHS));
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("STATUS", Integer.toString(httpStatus));
        String oneLine = oneLine(message);
        fields.put("MESSAGE", oneLine.codePointCount(0, oneLine.length()) <= REFUSAL_MESSAGE ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, REFUSAL_MESSAGE)));
        return write("TVE1", fields, List.of(3, REFUSAL_MESSAGE));
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            Map<String, String> fields = read(body, "TVE1", List.of("STATUS", "MESSAGE"), List.of(3, REFUSAL_MESSAGE));
            return Optional.of(fields.get("STATUS") + " " + fields.get("MESSAGE"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] write(String type, Map<String, String> fields, List<Integer> widths) {
        int width = 4 + widths.stream().mapToInt(Integer::intValue).sum();
        FixedWidthRecord record = FixedWidthRecord.blank(width).put(new FixedWidthRecord.Field("record type", 1, 4), type);
        int column = 5;
        int i = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            int w = widths.get(i++);
            String value = oneLine(field.getValue());
            if (!value.isEmpty() && field.getKey().endsWith("AMOUNT")) {
                value = "0".repeat(Math.max(0, w - value.length())) + value;
            }
            record.put(new FixedWidthRecord.Field(field.getKey(), column, w), value);
            column += w;
        }
        return (record + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> read(byte[] body, String type, List<String> names, List<Integer> widths) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException("the Bahraini traffic record is not UTF-8");
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        }
        int width = 4 + widths.stream().mapToInt(Integer::intValue).sum();
        FixedWidthRecord record = FixedWidthRecord.parse(text, width, "a Bahraini " + type + " record");
        String actualType = record.get(new FixedWidthRecord.Field("record type", 1, 4));
        if (!type.equals(actualType)) {
            throw new RegistryFormatException("expected a Bahraini " + type + " record, found '" + actualType + "'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int column = 5;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String value = record.get(new FixedWidthRecord.Field(name, column, widths.get(i)));
            if (name.endsWith("AMOUNT") && !value.isEmpty()) {
                var m = MINOR.matcher(value);
                if (!m.matches()) {
                    throw new RegistryFormatException(name + " '" + value + "' is not a number of minor units");
                }
                value = m.group(1);
            }
            fields.put(name, value);
            column += widths.get(i);
        }
        return fields;
    }

    /** A one-line record cannot carry a line break or tab; each becomes one space. */
    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString();
    }
}
