package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CardStatusCodes;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Qatar's Ministry of Interior QID inquiry, as CSV over HTTP:
 * <ul>
 *   <li>request: {@code GET /moi/qid-inquiry/v1/persons.csv?qid=NNNNNNNNNNN}, {@code Accept: text/csv};</li>
 *   <li>answer: {@code text/csv; charset=UTF-8; header=present}, RFC 4180 ({@link Rfc4180}): a header row naming
 *       the columns {@code QID, NAME_AR, NAME_EN, DATE_OF_BIRTH, GENDER, NATIONALITY, QID_STATUS,
 *       QID_EXPIRY}, then one row for a registered QID or none for a QID the ministry does
 *       not know. The body starts with a UTF-8 byte order mark, which the ministry's exports carry so that
 *       spreadsheet software shows the Arabic names; the reader skips it when present;</li>
 *   <li>dates {@code dd-MM-yyyy} (Gregorian); gender as ISO/IEC 5218 ({@code 1} male, {@code 2} female); nationality as
 *       the ISO 3166-1 numeric code the QID itself carries ({@link QidNationalities}); status one of {@link QidStatus}.</li>
 * </ul>
 * Columns are found by their header name, so an added or reordered column does not break the reader. A request the
 * ministry cannot serve is answered with an HTTP error status. The same class writes the answers for the simulator,
 * so that the format is defined once.
 *
 * <p>The ministry publishes no interface, so this is the adapter's model of it; an operator can change the path and
 * query ({@value RegistrySettings#PATH}, with {@code {id}} where the QID goes), the date pattern
 * ({@value RegistrySettings#DATE_PATTERN}) and the status codes ({@value RegistrySettings#CARD_STATUS}{@code .valid},
 * ...). Nationalities are read with the adapter's {@link QidNationalities} table.
 */
public final class MoiQatarRegistryFormat implements CivilRegistryTranslator {

    public static final String PERSONS_PATH = "/moi/qid-inquiry/v1/persons.csv";
    public static final String CSV = "text/csv; charset=UTF-8; header=present";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final List<String> HEADER =
            List.of("QID", "NAME_AR", "NAME_EN", "DATE_OF_BIRTH", "GENDER", "NATIONALITY", "QID_STATUS", "QID_EXPIRY");

    public static final RegistryPath DEFAULT_PATH = RegistryPath.withId(PERSONS_PATH + "?qid=" + RegistryPath.ID);
    public static final String DEFAULT_DATE_PATTERN = "dd-MM-yyyy";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES =
            CardStatusCodes.of(QidStatus.values(), QidStatus::name, QidStatus::canonical);

    private static final String BOM = "\uFEFF";
    private static final List<String> REQUIRED = List.of("QID", "DATE_OF_BIRTH", "GENDER", "NATIONALITY", "QID_STATUS", "QID_EXPIRY");

    /** One data row, its status already in canonical terms. */
    private record Row(String qid, String nameArabic, String nameEnglish, LocalDate dateOfBirth, Sex sex,
                       String nationalityNumeric, CardStatus status, LocalDate expiry) {
    }

    private final RegistryPath path;
    private final NationalDates dates;
    private final CardStatusCodes cardStatuses;
    private final QidNationalities nationalities;

    public MoiQatarRegistryFormat() {
        this(DEFAULT_PATH, NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_CARD_STATUSES, QidNationalities.BUILT_IN);
    }

    public MoiQatarRegistryFormat(RegistryPath path, NationalDates dates, CardStatusCodes cardStatuses, QidNationalities nationalities) {
        this.path = Objects.requireNonNull(path, "path");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        this.nationalities = Objects.requireNonNull(nationalities, "nationalities");
        if (!path.hasId()) {
            throw new IllegalArgumentException("the MOI inquiry is a GET, so its path must hold " + RegistryPath.ID);
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.keys();
    }

    /** This format with the operator's settings and the adapter's nationality table. */
    public MoiQatarRegistryFormat configured(AdapterSettings settings, QidNationalities nationalities) {
        return new MoiQatarRegistryFormat(RegistrySettings.pathWithId(settings, path), RegistrySettings.dates(settings, dates),
                RegistrySettings.cardStatuses(settings, cardStatuses), nationalities);
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        return RegistryCall.get(path.expand(civilId), "text/csv");
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus != 200) {
            throw new RegistryFormatException("MOI answered HTTP " + httpStatus);
        }
        List<Row> rows = rows(body);
        if (rows.isEmpty()) {
            return RegistryAnswer.notFound();
        }
        if (rows.size() > 1) {
            throw new RegistryFormatException("MOI answered " + rows.size() + " rows for one QID");
        }
        Row row = rows.get(0);
        if (!civilId.value().equals(row.qid())) {
            throw new RegistryFormatException("MOI answered for another QID");
        }
        String alpha3 = nationalities.find(row.nationalityNumeric()).map(QidNationalities.Nationality::alpha3)
                .orElseThrow(() -> new RegistryFormatException("MOI nationality " + row.nationalityNumeric()
                        + " is not a known ISO 3166 numeric code"));
        return RegistryAnswer.found(RegistryAnswer.effectiveStatus(row.status(), row.expiry(), today), row.expiry(),
                new RegisteredPerson(row.nameArabic(), row.nameEnglish(), row.dateOfBirth(), null, row.sex(), alpha3));
    }

    /** The answer for a registered person: the header and their row. */
    public byte[] answer(MoiPerson person) {
        return csv(List.of(person.qid(), Optional.ofNullable(person.nameArabic()).orElse(""),
                Optional.ofNullable(person.nameEnglish()).orElse(""), dates.format(person.dateOfBirth()),
                person.sex() == Sex.MALE ? "1" : "2", person.nationalityNumeric(), person.status().name(),
                dates.format(person.expiry())));
    }

    /** The answer for a QID the ministry does not know: the header alone. */
    public byte[] noRowsAnswer() {
        return csv(null);
    }

    /** The {@code qid} query parameter of an inquiry, as sent (not yet validated). */
    public Optional<String> inquiredQid(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("qid=")) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The data rows of an answer, in order. */
    private List<Row> rows(byte[] body) {
        String text = utf8(body);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        List<List<String>> records;
        try {
            records = new ArrayList<>(Rfc4180.records(text));
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException("MOI answer is not RFC 4180 CSV: " + e.getMessage(), e);
        }
        // A trailing empty line is common in exports and carries nothing.
        records.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        if (records.isEmpty()) {
            throw new RegistryFormatException("MOI answer has no header row");
        }
        List<String> header = records.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (column.put(header.get(i).strip(), i) != null) {
                throw new RegistryFormatException("MOI header repeats column " + header.get(i));
            }
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                throw new RegistryFormatException("MOI header has no column " + required);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() != header.size()) {
                throw new RegistryFormatException("MOI row " + r + " has " + row.size() + " fields, the header " + header.size());
            }
            rows.add(row(row, column, r));
        }
        return rows;
    }

    private Row row(List<String> row, Map<String, Integer> column, int r) {
        return new Row(
                required(row, column, "QID", r),
                optional(row, column, "NAME_AR"),
                optional(row, column, "NAME_EN"),
                date(required(row, column, "DATE_OF_BIRTH", r), "DATE_OF_BIRTH"),
                sex(required(row, column, "GENDER", r)),
                required(row, column, "NATIONALITY", r),
                status(required(row, column, "QID_STATUS", r)),
                date(required(row, column, "QID_EXPIRY", r), "QID_EXPIRY"));
    }

    private static byte[] csv(List<String> row) {
        StringBuilder out = new StringBuilder(BOM).append(Rfc4180.record(HEADER));
        if (row != null) {
            out.append(Rfc4180.record(row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException("MOI answer is not UTF-8", e);
        }
    }

    private static String required(List<String> row, Map<String, Integer> column, String name, int r) {
        String value = row.get(column.get(name)).strip();
        if (value.isEmpty()) {
            throw new RegistryFormatException("MOI row " + r + " has no " + name);
        }
        return value;
    }

    private static String optional(List<String> row, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || row.get(index).isBlank()) {
            return null;
        }
        return row.get(index);
    }

    private LocalDate date(String text, String name) {
        try {
            return dates.parse(text, name);
        } catch (InvalidDateException e) {
            throw new RegistryFormatException("MOI " + name + " is not a " + dates.patterns().get(0) + " date", e);
        }
    }

    private static Sex sex(String code) {
        return switch (code) {
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("MOI gender " + code + " is not an ISO/IEC 5218 code (1 or 2)");
        };
    }

    private CardStatus status(String status) {
        return cardStatuses.canonical(status).orElseThrow(() -> new RegistryFormatException("unknown MOI QID status " + status));
    }
}
