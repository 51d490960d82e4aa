package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CardStatusCodes;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.bh.FixedWidthRecord.Field;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Set;

/**
 * The Bahraini Central Population Register's person inquiry (CIO, now the Information & eGovernment Authority), as
 * fixed-width text records over HTTP. The register's real interface is not public; this layout is the adapter's
 * documented model of it, and the simulator in the {@code sim} package speaks it.
 *
 * <p>{@code POST} {@value #INQUIRY_PATH}, {@code Content-Type: text/plain; charset=UTF-8}, body one inquiry record;
 * the answer is always HTTP 200 with one answer record. Every record is one line ended by CR LF, in UTF-8, columns
 * counted in characters (not bytes), fields left-aligned and space-padded, dates Gregorian {@code yyyyMMdd}.
 *
 * <pre>
 * Inquiry record, 21 characters
 *   col  1-4    4  request code, "CPRQ"
 *   col  5-13   9  CPR number
 *   col 14-21   8  requesting system, e.g. "JISR"
 *
 * Answer record, 192 characters
 *   col   1-2    2  reply code: 00 record found, 01 no record for this CPR number, 99 inquiry refused
 *   col   3-11   9  CPR number (as asked; blank when 99)
 *   col  12-19   8  date of birth, yyyyMMdd
 *   col  20      1  sex: M or F
 *   col  21-23   3  nationality, ISO 3166-1 alpha-3
 *   col  24      1  card status: A in force, E expired, C cancelled, S suspended
 *   col  25-32   8  card expiry, yyyyMMdd
 *   col  33-112 80  full name in Arabic (blank if none); for reply 99, the reason
 *   col 113-192 80  full name in Latin script (blank if none)
 * </pre>
 * For replies 01 and 99, columns 12-32 and 113-192 are blank.
 *
 * <p>An operator can change the path ({@value RegistrySettings#PATH}), the date pattern
 * ({@value RegistrySettings#DATE_PATTERN}, which must stay 8 characters wide), the card status letters
 * ({@value RegistrySettings#CARD_STATUS}{@code .valid}, ..., one character each) and the name Jisr gives as the
 * requesting system ({@value #REQUESTING_SYSTEM_SETTING}, at most 8 characters). The columns are fixed.
 */
public final class CioRegistryFormat implements CivilRegistryTranslator {

    public static final String INQUIRY_PATH = "/cio/cpr/v1/inquiry";
    public static final String MEDIA_TYPE = "text/plain; charset=UTF-8";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    public static final String LINE_END = "\r\n";

    static final String INQUIRY_CODE = "CPRQ";
    static final String REQUESTER = "JISR";
    static final int INQUIRY_WIDTH = 21;
    static final Field REQUEST_CODE = new Field("request code", 1, 4);
    static final Field INQUIRY_CPR = new Field("CPR number", 5, 9);
    static final Field REQUESTING_SYSTEM = new Field("requesting system", 14, 8);

    /** The setting for the requesting system written in columns 14-21 of an inquiry. */
    public static final String REQUESTING_SYSTEM_SETTING = "registry.requesting-system";
    public static final RegistryPath DEFAULT_PATH = RegistryPath.withoutId(INQUIRY_PATH);
    public static final String DEFAULT_DATE_PATTERN = "yyyyMMdd";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES =
            CardStatusCodes.of(CioCardStatus.values(), s -> String.valueOf(s.code()), CioCardStatus::canonical);

    public static final String FOUND = "00";
    public static final String NO_RECORD = "01";
    public static final String REFUSED = "99";
    static final int ANSWER_WIDTH = 192;
    static final Field REPLY_CODE = new Field("reply code", 1, 2);
    static final Field CPR = new Field("CPR number", 3, 9);
    static final Field BIRTH_DATE = new Field("date of birth", 12, 8);
    static final Field SEX = new Field("sex", 20, 1);
    static final Field NATIONALITY = new Field("nationality", 21, 3);
    static final Field CARD_STATUS = new Field("card status", 24, 1);
    static final Field CARD_EXPIRY = new Field("card expiry", 25, 8);
    static final Field NAME_ARABIC = new Field("name in Arabic", 33, 80);
    static final Field NAME_LATIN = new Field("name in Latin script", 113, 80);
    static final Field REASON = new Field("reason", 33, 80);

    private static final int DATE_WIDTH = 8;

    private final RegistryPath path;
    private final NationalDates dates;
    private final CardStatusCodes cardStatuses;
    private final String requester;

    public CioRegistryFormat() {
        this(DEFAULT_PATH, NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_CARD_STATUSES, REQUESTER);
    }

    /**
     * @throws IllegalArgumentException when a date pattern, status code or requester does not fit its column
     */
    public CioRegistryFormat(RegistryPath path, NationalDates dates, CardStatusCodes cardStatuses, String requester) {
        this.path = Objects.requireNonNull(path, "path");
        this.dates = fixedWidth(dates);
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        this.requester = requester(requester);
        if (path.hasId()) {
            throw new IllegalArgumentException("the CIO takes the CPR number in the inquiry record, not in the path");
        }
        for (CardStatus status : CardStatus.values()) {
            cardStatuses.codes(status).forEach(CioRegistryFormat::statusLetter);
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.union(RegistrySettings.keys(), Set.of(REQUESTING_SYSTEM_SETTING));
    }

    /** This format with the operator's settings; a setting not given keeps its current value. */
    public CioRegistryFormat configured(AdapterSettings settings) {
        return new CioRegistryFormat(RegistrySettings.pathWithoutId(settings, path),
                settings.get(RegistrySettings.DATE_PATTERN, dates, pattern -> fixedWidth(NationalDates.of(pattern))),
                RegistrySettings.cardStatuses(settings, cardStatuses, CioRegistryFormat::statusLetter),
                settings.get(REQUESTING_SYSTEM_SETTING, requester, CioRegistryFormat::requester));
    }

    // The date columns are 8 wide: a pattern is usable only if every date it writes is 8 characters long.
    private static NationalDates fixedWidth(NationalDates dates) {
        for (LocalDate probe : new LocalDate[]{LocalDate.of(2001, 1, 1), LocalDate.of(2012, 12, 31)}) {
            if (dates.format(probe).length() != DATE_WIDTH) {
                throw new IllegalArgumentException("a CIO date column is 8 characters wide; " + dates.patterns().get(0)
                        + " writes " + dates.format(probe));
            }
        }
        return dates;
    }

    private static String statusLetter(String code) {
        if (code.codePointCount(0, code.length()) != 1 || code.isBlank()) {
            throw new IllegalArgumentException("a CIO card status is one character, not '" + code + "'");
        }
        return code;
    }

    private static String requester(String name) {
        if (!name.matches("[A-Za-z0-9_-]{1,8}")) {
            throw new IllegalArgumentException("the requesting system is 1 to 8 Latin letters, digits, '-' or '_'");
        }
        return name;
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        return RegistryCall.post(path.template(), MEDIA_TYPE, inquiry(civilId.value(), requester));
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus != 200) {
            throw new RegistryFormatException("CIO answered HTTP " + httpStatus);
        }
        FixedWidthRecord answer = FixedWidthRecord.parse(oneLine(body, "CIO answer"), ANSWER_WIDTH, "a CIO answer record");
        String reply = answer.get(REPLY_CODE);
        switch (reply) {
            case FOUND -> {
                requireSameCpr(civilId, answer);
                String nationality = answer.get(NATIONALITY);
                if (!nationality.matches("[A-Z]{3}")) {
                    throw new RegistryFormatException("CIO nationality is not an ISO 3166-1 alpha-3 code");
                }
                String status = answer.get(CARD_STATUS);
                CardStatus cardStatus = cardStatuses.canonical(status)
                        .orElseThrow(() -> new RegistryFormatException("unknown CIO card status '" + status + "'"));
                RegisteredPerson person = new RegisteredPerson(blankToNull(answer.get(NAME_ARABIC)),
                        blankToNull(answer.get(NAME_LATIN)), date(answer, BIRTH_DATE), null, sex(answer.get(SEX)), nationality);
                LocalDate expiry = date(answer, CARD_EXPIRY);
                return RegistryAnswer.found(RegistryAnswer.effectiveStatus(cardStatus, expiry, today), expiry, person);
            }
            case NO_RECORD -> {
                requireSameCpr(civilId, answer);
                return RegistryAnswer.notFound();
            }
            case REFUSED -> throw new RegistryFormatException("CIO refused the inquiry: " + answer.get(REASON));
            default -> throw new RegistryFormatException("unknown CIO reply code '" + reply + "'");
        }
    }

    /** The inquiry record for a CPR number, from the default requesting system, with its line end. */
    public static byte[] inquiry(String cpr) {
        return inquiry(cpr, REQUESTER);
    }

    private static byte[] inquiry(String cpr, String requester) {
        FixedWidthRecord record = FixedWidthRecord.blank(INQUIRY_WIDTH)
                .put(REQUEST_CODE, INQUIRY_CODE).put(INQUIRY_CPR, cpr).put(REQUESTING_SYSTEM, requester);
        return (record + LINE_END).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The CPR number an inquiry record asks about, as typed (the register, not the reader, decides whether it exists).
     *
     * @throws RegistryFormatException when the body is not one inquiry record
     */
    public static String cprOfInquiry(byte[] body) {
        FixedWidthRecord inquiry = FixedWidthRecord.parse(oneLine(body, "CIO inquiry"), INQUIRY_WIDTH, "a CIO inquiry record");
        if (!INQUIRY_CODE.equals(inquiry.get(REQUEST_CODE))) {
            throw new RegistryFormatException("a CIO inquiry record starts with " + INQUIRY_CODE);
        }
        String cpr = inquiry.get(INQUIRY_CPR);
        if (!cpr.matches("[0-9]{9}")) {
            throw new RegistryFormatException("the CPR number of a CIO inquiry is 9 ASCII digits");
        }
        return cpr;
    }

    /** The answer record for a person the register holds, with its line end. */
    public static byte[] found(CprRecord person) {
        FixedWidthRecord record = FixedWidthRecord.blank(ANSWER_WIDTH)
                .put(REPLY_CODE, FOUND)
                .put(CPR, person.cpr())
                .put(BIRTH_DATE, DATE.format(person.birthDate()))
                .put(SEX, person.sex() == Sex.MALE ? "M" : "F")
                .put(NATIONALITY, person.nationality())
                .put(CARD_STATUS, String.valueOf(person.cardStatus().code()))
                .put(CARD_EXPIRY, DATE.format(person.cardExpiry()))
                .put(NAME_ARABIC, person.nameArabic() == null ? "" : person.nameArabic())
                .put(NAME_LATIN, person.nameLatin() == null ? "" : person.nameLatin());
        return (record + LINE_END).getBytes(StandardCharsets.UTF_8);
    }

    /** The answer record for a CPR number the register does not hold. */
    public static byte[] noRecord(String cpr) {
        return (FixedWidthRecord.blank(ANSWER_WIDTH).put(REPLY_CODE, NO_RECORD).put(CPR, cpr) + LINE_END)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The answer record for an inquiry the register cannot read. */
    public static byte[] refused(String reason) {
        return (FixedWidthRecord.blank(ANSWER_WIDTH).put(REPLY_CODE, REFUSED).put(REASON, reason) + LINE_END)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void requireSameCpr(CivilId asked, FixedWidthRecord answer) {
        if (!asked.value().equals(answer.get(CPR))) {
            throw new RegistryFormatException("CIO answered for another CPR number");
        }
    }

    private static Sex sex(String code) {
        return switch (code) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown CIO sex code '" + code + "'");
        };
    }

    private LocalDate date(FixedWidthRecord record, Field field) {
        String text = record.get(field);
        try {
            return dates.parse(text, field.name());
        } catch (InvalidDateException e) {
            throw new RegistryFormatException("CIO " + field.name() + " is not a " + dates.patterns().get(0) + " date", e);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The single record of a body: strict UTF-8, one line, its CR LF (or a bare LF) removed. */
    private static String oneLine(byte[] body, String what) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException(what + " is not UTF-8", e);
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new RegistryFormatException(what + " must be exactly one record");
        }
        return text;
    }
}
