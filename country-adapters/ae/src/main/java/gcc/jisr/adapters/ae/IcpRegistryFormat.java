package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ISO_ALPHA3 = Pattern.compile("[A-Z]{3}");

    @Override
    public RegistryCall lookup(CivilId civilId) {
        byte[] body = ("idn=" + URLEncoder.encode(civilId.value(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        return new RegistryCall("POST", INQUIRY_PATH, FORM, body, Map.of("Accept", "text/plain"));
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
        IcpIdentity identity = identity(fields);
        if (!civilId.value().equals(identity.idn())) {
            throw new RegistryFormatException("ICP answered for another IDN");
        }
        return RegistryAnswer.found(
                RegistryAnswer.effectiveStatus(identity.cardStatus().canonical(), identity.cardExpiry(), today),
                identity.cardExpiry(), identity.toRegisteredPerson());
    }

    /** The identity in an answer whose response code is {@value #FOUND}, with the IDN in canonical digits. */
    static IcpIdentity identity(Map<String, String> fields) {
        String idn;
        try {
            idn = NationalDigits.digitsOnly(required(fields, "IDN"));
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException("ICP's IDN is not a number: " + e.getMessage());
        }
        return new IcpIdentity(idn,
                Optional.ofNullable(fields.get("FullNameAr")).filter(s -> !s.isBlank()).orElse(null),
                Optional.ofNullable(fields.get("FullNameEn")).filter(s -> !s.isBlank()).orElse(null),
                date(fields, "DateOfBirth"),
                sex(required(fields, "Gender")),
                nationality(required(fields, "Nationality")),
                cardStatus(required(fields, "CardStatus")),
                date(fields, "CardExpiryDate"));
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
        fields.put("DateOfBirth", DATE.format(identity.dateOfBirth()));
        fields.put("Gender", identity.sex() == Sex.MALE ? "M" : "F");
        fields.put("Nationality", identity.nationality());
        fields.put("CardStatus", identity.cardStatus().name());
        fields.put("CardExpiryDate", DATE.format(identity.cardExpiry()));
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

    private static LocalDate date(Map<String, String> fields, String key) {
        try {
            return LocalDate.parse(required(fields, key), DATE);
        } catch (DateTimeParseException e) {
            throw new RegistryFormatException("ICP " + key + " is not a dd/MM/yyyy date", e);
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

    private static IcpCardStatus cardStatus(String status) {
        try {
            return IcpCardStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new RegistryFormatException("unknown ICP card status " + status);
        }
    }
}
