package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CardStatusCodes;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.NationalDigits;
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
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ICP's identity inquiry (the UAE's Federal Authority for Identity, Citizenship, Customs and Port Security), in the
 * name-value style of the federal e-services gateway:
 * <ul>
 *   <li>request: {@code POST /icp/identity-inquiry/v1}, {@code application/x-www-form-urlencoded}, with the field
 *       {@code idn} holding the 15 digits;</li>
 *   <li>answer: always HTTP 200 for a business outcome, {@code text/plain; charset=UTF-8}, one {@code Key=Value} per
 *       line (the value is everything after the first {@code =}, so it may itself hold {@code =}; it cannot hold a
 *       line break). {@code ResponseCode} tells the outcome: {@value #FOUND} found, {@value #NOT_REGISTERED} no such
 *       IDN, {@value #MALFORMED_INQUIRY} the inquiry was malformed, {@value #SYSTEM_ERROR} the registry failed;</li>
 *   <li>the IDN echoed in the printed form {@code 784-YYYY-NNNNNNN-C}; full names in Arabic and English as on the
 *       card; Gregorian dates {@code dd/MM/yyyy}; gender {@code M}/{@code F}; ISO 3166-1 alpha-3 nationality; the
 *       card status as one of {@link IcpCardStatus}.</li>
 * </ul>
 * The same class writes the answers for the simulator, so that the format is defined once.
 *
 * <p>ICP publishes no interface, so this is the adapter's model of it; an operator can change the path
 * ({@value RegistrySettings#PATH}), the date pattern ({@value RegistrySettings#DATE_PATTERN}) and the card status
 * codes ({@value RegistrySettings#CARD_STATUS}{@code .valid}, ...).
 */
public final class IcpRegistryFormat implements CivilRegistryTranslator {

    public static final String INQUIRY_PATH = "/icp/identity-inquiry/v1";
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String ANSWER_TYPE = "text/plain; charset=UTF-8";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public static final String FOUND = "000";
    public static final String NOT_REGISTERED = "101";
    public static final String MALFORMED_INQUIRY = "102";
    public static final String SYSTEM_ERROR = "900";

    public static final RegistryPath DEFAULT_PATH = RegistryPath.withoutId(INQUIRY_PATH);
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES =
            CardStatusCodes.of(IcpCardStatus.values(), IcpCardStatus::name, IcpCardStatus::canonical);

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ISO_ALPHA3 = Pattern.compile("[A-Z]{3}");

    private final RegistryPath path;
    private final NationalDates dates;
    private final CardStatusCodes cardStatuses;

    public IcpRegistryFormat() {
        this(DEFAULT_PATH, NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_CARD_STATUSES);
    }

    public IcpRegistryFormat(RegistryPath path, NationalDates dates, CardStatusCodes cardStatuses) {
        this.path = Objects.requireNonNull(path, "path");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        if (path.hasId()) {
            throw new IllegalArgumentException("ICP takes the IDN in the form body, not in the path");
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.keys();
    }

    /** This format with the operator's settings; a setting not given keeps its current value. */
    public IcpRegistryFormat configured(AdapterSettings settings) {
        return new IcpRegistryFormat(RegistrySettings.pathWithoutId(settings, path), RegistrySettings.dates(settings, dates),
                RegistrySettings.cardStatuses(settings, cardStatuses));
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        byte[] body = ("idn=" + URLEncoder.encode(civilId.value(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        return new RegistryCall("POST", path.template(), FORM, body, Map.of("Accept", "text/plain"));
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus != 200) {
            throw new RegistryFormatException("ICP answered HTTP " + httpStatus);
        }
        Map<String, String> fields = fields(body);
        String code = required(fields, "ResponseCode");
        if (NOT_REGISTERED.equals(code)) {
            return RegistryAnswer.notFound();
        }
        if (!FOUND.equals(code)) {
            throw new RegistryFormatException("ICP refused the inquiry with response code " + code);
        }
        String idn;
        try {
            idn = NationalDigits.digitsOnly(required(fields, "IDN"));
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException("ICP's IDN is not a number: " + e.getMessage());
        }
        if (!civilId.value().equals(idn)) {
            throw new RegistryFormatException("ICP answered for another IDN");
        }
        RegisteredPerson person = new RegisteredPerson(
                Optional.ofNullable(fields.get("FullNameAr")).filter(s -> !s.isBlank()).orElse(null),
                Optional.ofNullable(fields.get("FullNameEn")).filter(s -> !s.isBlank()).orElse(null),
                date(fields, "DateOfBirth"),
                null,
                sex(required(fields, "Gender")),
                nationality(required(fields, "Nationality")));
        CardStatus status = cardStatus(required(fields, "CardStatus"));
        LocalDate expiry = date(fields, "CardExpiryDate");
        return RegistryAnswer.found(RegistryAnswer.effectiveStatus(status, expiry, today), expiry, person);
    }

    /** The answer for a registered identity. */
    public byte[] answer(IcpIdentity identity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ResponseCode", FOUND);
        fields.put("ResponseMessage", "Success");
        fields.put("IDN", EmiratesIdRules.printedForm(identity.idn()));
        if (identity.fullNameArabic() != null) {
            fields.put("FullNameAr", identity.fullNameArabic());
        }
        if (identity.fullNameEnglish() != null) {
            fields.put("FullNameEn", identity.fullNameEnglish());
        }
        fields.put("DateOfBirth", dates.format(identity.dateOfBirth()));
        fields.put("Gender", identity.sex() == Sex.MALE ? "M" : "F");
        fields.put("Nationality", identity.nationality());
        fields.put("CardStatus", identity.cardStatus().name());
        fields.put("CardExpiryDate", dates.format(identity.cardExpiry()));
        return write(fields);
    }

    /** The answer for an IDN that ICP has never issued. */
    public byte[] notRegisteredAnswer() {
        return refusal(NOT_REGISTERED, "IDN not registered / رقم الهوية غير مسجل");
    }

    /** An answer that carries only a response code and its message (no identity). */
    public byte[] refusal(String responseCode, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ResponseCode", responseCode);
        fields.put("ResponseMessage", message);
        return write(fields);
    }

    /** The {@code idn} field of an inquiry's form body, as sent (not yet validated). */
    public Optional<String> inquiredIdn(byte[] formBody) {
        String form = new String(formBody, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "idn".equals(pair.substring(0, eq))) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Map<String, String> fields(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistryFormatException("ICP's answer is not UTF-8", e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || !KEY.matcher(line.substring(0, eq)).matches()) {
                throw new RegistryFormatException("ICP answer line " + (i + 1) + " is not Key=Value");
            }
            if (fields.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                throw new RegistryFormatException("ICP answer repeats " + line.substring(0, eq));
            }
        }
        return fields;
    }

    private static byte[] write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(512);
        fields.forEach((key, value) -> {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("an ICP value cannot hold a line break: " + key);
            }
            out.append(key).append('=').append(value).append('\n');
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            throw new RegistryFormatException("ICP answer has no " + key);
        }
        return value;
    }

    private LocalDate date(Map<String, String> fields, String key) {
        try {
            return dates.parse(required(fields, key), key);
        } catch (InvalidDateException e) {
            throw new RegistryFormatException("ICP " + key + " is not a " + dates.patterns().get(0) + " date", e);
        }
    }

    private static Sex sex(String gender) {
        return switch (gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown ICP gender " + gender);
        };
    }

    private static String nationality(String code) {
        if (!ISO_ALPHA3.matcher(code).matches()) {
            throw new RegistryFormatException("ICP nationality is not an ISO 3166 alpha-3 code");
        }
        return code;
    }

    private CardStatus cardStatus(String status) {
        return cardStatuses.canonical(status).orElseThrow(() -> new RegistryFormatException("unknown ICP card status " + status));
    }
}
