package gcc.jisr.adapters.sa;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Saudi civil registry's person inquiry, in the style of the National Information Center's identity services
 * (the data behind Absher and the agencies' "Yakeen" look-ups): JSON over HTTP, dates in the Umm al-Qura calendar.
 *
 * <h2>Request</h2>
 * {@code POST /nic/person-inquiry/v1} (the path can be changed), {@code Content-Type: application/json}:
 * <pre>{"idNumber":"1012345674","idType":"NIN"}</pre>
 * {@code idType} is {@code NIN} for a citizen's National ID (first digit 1) and {@code IQAMA} for a resident's
 * Iqama (first digit 2): the registry keeps citizens and residents apart and wants to be told which is meant.
 *
 * <h2>Answer</h2>
 * HTTP 200 whatever the search found, with a {@code responseCode}: {@code "0000"} found (the {@code person}
 * member follows), {@code "1001"} no record for this number (read as {@link RegistryAnswer#notFound()}); any other
 * code, and any other HTTP status, means the registry did not accept the inquiry.
 * <pre>{
 *   "responseCode": "0000", "responseMessage": "...",
 *   "person": {
 *     "idNumber": "1012345674", "idType": "NIN",
 *     "name": {"ar": {"first": "محمد", "father": "عبدالله", "grandfather": "أحمد", "family": "القحطاني"},
 *              "en": {"first": "Mohammed", "father": "Abdullah", "grandfather": "Ahmad", "family": "Al-Qahtani"}},
 *     "gender": "M",
 *     "nationality": {"code": "SAU", "nameAr": "سعودي"},
 *     "birthDate": {"calendar": "HIJRI", "date": "1405/04/10"},
 *     "idCard": {"statusCode": 1, "statusAr": "ساري", "expiryDate": {"calendar": "HIJRI", "date": "1450/01/01"}}
 *   }
 * }</pre>
 *
 * <h2>Dates</h2>
 * Every date carries its calendar: {@code HIJRI} dates are Umm al-Qura, written {@code yyyy/MM/dd}
 * (citizens' records, and most Iqama expiries); {@code GREGORIAN} dates are written {@code yyyy-MM-dd} (residents'
 * dates of birth, from their passports). The marker, not the kind of ID, decides how a date is read, and a date
 * without one is refused rather than guessed from the size of its year. Impossible dates (day 30 of a 29-day
 * Hijri month, 31 April) are refused, not rolled over. The canonical answer carries the Gregorian dates and,
 * when the registry gave a Hijri date, its canonical Hijri text ({@code yyyy-MM-dd}).
 *
 * <h2>Other rules</h2>
 * {@code name.ar} is required and {@code name.en} optional; the grandfather's name may be absent. Card status
 * codes: 1 active, 2 expired, 3 cancelled (revoked), 4 suspended; an active card whose expiry has passed is
 * answered as expired. Members this class does not know are ignored, so that the registry can add some;
 * duplicate members, trailing content and nesting deeper than {@value #MAX_DEPTH} are refused.
 *
 * <p>The structure above is this project's design: the registry's real interface is not public. The ID number
 * rules ({@link SaudiNationalId}) and the use of Umm al-Qura Hijri dates in citizens' records are published
 * facts. An operator can change the parts most likely to differ: the path ({@value RegistrySettings#PATH}), the
 * Gregorian date patterns ({@value RegistrySettings#DATE_PATTERN}, comma-separated, the first is written), the Hijri
 * date pattern ({@value #HIJRI_DATE_PATTERN}) and the card status codes
 * ({@value RegistrySettings#CARD_STATUS}{@code .valid}, ..., whole numbers).
 */
public final class NicPersonInquiryFormat implements CivilRegistryTranslator {

    public static final String DEFAULT_PATH = "/nic/person-inquiry/v1";
    public static final String DEFAULT_HIJRI_PATTERN = "yyyy/MM/dd";
    public static final String DEFAULT_GREGORIAN_PATTERN = "yyyy-MM-dd";
    public static final String CONTENT_TYPE = "application/json";

    public static final String FOUND = "0000";
    public static final String NOT_FOUND = "1001";
    public static final String BAD_REQUEST = "1400";

    /** The setting for the pattern of the registry's Hijri dates. */
    public static final String HIJRI_DATE_PATTERN = "registry.hijri-date-pattern";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES =
            CardStatusCodes.of(NicCardStatus.values(), s -> Integer.toString(s.code()), NicCardStatus::canonical);

    static final int MAX_DEPTH = 16;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final RegistryPath path;
    private final HijriDates hijri;
    private final NationalDates gregorian;
    private final CardStatusCodes cardStatuses;

    public NicPersonInquiryFormat() {
        this(DEFAULT_PATH, DEFAULT_HIJRI_PATTERN, DEFAULT_GREGORIAN_PATTERN);
    }

    /**
     * A registry that differs from the defaults in its path or date patterns.
     *
     * @param gregorianPatterns the first is written; all are read
     */
    public NicPersonInquiryFormat(String path, String hijriPattern, String... gregorianPatterns) {
        this(RegistryPath.withoutId(path), HijriDates.ofPattern(hijriPattern), NationalDates.of(gregorianPatterns),
                DEFAULT_CARD_STATUSES);
    }

    public NicPersonInquiryFormat(RegistryPath path, HijriDates hijri, NationalDates gregorian, CardStatusCodes cardStatuses) {
        this.path = Objects.requireNonNull(path, "path");
        this.hijri = Objects.requireNonNull(hijri, "hijri");
        this.gregorian = Objects.requireNonNull(gregorian, "gregorian");
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        if (path.hasId()) {
            throw new IllegalArgumentException("NIC takes the ID number in the request body, not in the path");
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.union(RegistrySettings.keys(), Set.of(HIJRI_DATE_PATTERN));
    }

    /** This format with the operator's settings; a setting not given keeps its current value. */
    public NicPersonInquiryFormat configured(AdapterSettings settings) {
        return new NicPersonInquiryFormat(RegistrySettings.pathWithoutId(settings, path),
                settings.get(HIJRI_DATE_PATTERN, hijri, HijriDates::ofPattern),
                settings.get(RegistrySettings.DATE_PATTERN, gregorian, v -> NationalDates.of(v.split("\\s*,\\s*"))),
                RegistrySettings.cardStatuses(settings, cardStatuses, NicPersonInquiryFormat::statusCode));
    }

    public String path() {
        return path.template();
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        ObjectNode inquiry = JSON.createObjectNode()
                .put("idNumber", civilId.value())
                .put("idType", idType(civilId.value()));
        return RegistryCall.post(path.template(), CONTENT_TYPE, bytes(inquiry));
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus != 200) {
            throw new RegistryFormatException("NIC answered HTTP " + httpStatus);
        }
        JsonNode answer = object(parse(body), "answer");
        String responseCode = text(answer, "responseCode", "responseCode");
        switch (responseCode) {
            case NOT_FOUND:
                return RegistryAnswer.notFound();
            case FOUND:
                break;
            default:
                throw new RegistryFormatException("NIC refused the inquiry with response code " + responseCode);
        }
        JsonNode person = object(answer.get("person"), "person");
        if (!civilId.value().equals(text(person, "idNumber", "person.idNumber"))) {
            throw new RegistryFormatException("NIC answered for another identity number");
        }
        if (!idType(civilId.value()).equals(text(person, "idType", "person.idType"))) {
            throw new RegistryFormatException("NIC person.idType does not match the identity number's first digit");
        }
        JsonNode name = object(person.get("name"), "person.name");
        NicName arabic = name(object(name.get("ar"), "person.name.ar"), "person.name.ar");
        NicName latin = present(name.get("en")) ? name(object(name.get("en"), "person.name.en"), "person.name.en") : null;
        NicDate birth = date(person.get("birthDate"), "person.birthDate");
        JsonNode card = object(person.get("idCard"), "person.idCard");
        CardStatus status = cardStatus(card.get("statusCode"));
        NicDate expiry = date(card.get("expiryDate"), "person.idCard.expiryDate");
        String nationality = text(object(person.get("nationality"), "person.nationality"), "code", "person.nationality.code");
        if (!nationality.matches("[A-Z]{3}")) {
            throw new RegistryFormatException("NIC person.nationality.code is not an ISO 3166-1 alpha-3 code");
        }
        RegisteredPerson registered = new RegisteredPerson(arabic.fullName(), latin == null ? null : latin.fullName(),
                birth.date(), hijriText(birth), sex(text(person, "gender", "person.gender")), nationality);
        return new RegistryAnswer(RegistryAnswer.effectiveStatus(status, expiry.date(), today),
                Optional.of(expiry.date()), Optional.ofNullable(hijriText(expiry)), Optional.of(registered));
    }

    /** The registry's answer for a person it found. */
    public byte[] answer(NicPerson p) {
        ObjectNode root = envelope(FOUND, "تمت العملية بنجاح");
        ObjectNode person = root.putObject("person");
        person.put("idNumber", p.idNumber()).put("idType", idType(p.idNumber()));
        ObjectNode name = person.putObject("name");
        writeName(name.putObject("ar"), p.nameArabic());
        if (p.nameLatin() != null) {
            writeName(name.putObject("en"), p.nameLatin());
        }
        person.put("gender", String.valueOf(p.gender()));
        person.putObject("nationality").put("code", p.nationalityCode()).put("nameAr", p.nationalityArabic());
        writeDate(person.putObject("birthDate"), p.birthDate());
        ObjectNode card = person.putObject("idCard");
        card.put("statusCode", p.cardStatus().code()).put("statusAr", p.cardStatus().labelArabic());
        writeDate(card.putObject("expiryDate"), p.cardExpiry());
        return bytes(root);
    }

    /** The registry's answer for a number it has no record of. */
    public byte[] notFound() {
        return bytes(envelope(NOT_FOUND, "لا يوجد سجل مطابق لرقم الهوية"));
    }

    /** The registry's answer to an inquiry it cannot read, sent with HTTP 400. */
    public byte[] badRequest(String reason) {
        return bytes(envelope(BAD_REQUEST, reason));
    }

    /**
     * The identity number an inquiry asks for, as the registry reads it.
     *
     * @throws RegistryFormatException when the body is not an inquiry of this format
     */
    public String readInquiry(byte[] body) {
        JsonNode inquiry = object(parse(body), "inquiry");
        String idNumber = text(inquiry, "idNumber", "idNumber");
        if (!idNumber.matches("[12][0-9]{9}")) {
            throw new RegistryFormatException("idNumber must be 10 digits starting with 1 or 2");
        }
        if (!idType(idNumber).equals(text(inquiry, "idType", "idType"))) {
            throw new RegistryFormatException("idType must be NIN for a National ID and IQAMA for an Iqama");
        }
        return idNumber;
    }

    private static String idType(String idNumber) {
        return idNumber.charAt(0) == '1' ? "NIN" : "IQAMA";
    }

    private static ObjectNode envelope(String responseCode, String message) {
        return JSON.createObjectNode().put("responseCode", responseCode).put("responseMessage", message);
    }

    private static void writeName(ObjectNode node, NicName name) {
        node.put("first", name.first());
        putIfPresent(node, "father", name.father());
        putIfPresent(node, "grandfather", name.grandfather());
        putIfPresent(node, "family", name.family());
    }

    private static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null && !value.isBlank()) {
            node.put(member, value);
        }
    }

    private void writeDate(ObjectNode node, NicDate date) {
        node.put("calendar", date.calendar().name());
        node.put("date", date.calendar() == NicDate.Calendar.HIJRI ? hijri.format(date.date()) : gregorian.format(date.date()));
    }

    private NicDate date(JsonNode node, String path) {
        JsonNode date = object(node, path);
        String calendar = text(date, "calendar", path + ".calendar");
        String text = text(date, "date", path + ".date");
        try {
            return switch (calendar) {
                case "HIJRI" -> NicDate.hijri(hijri.parse(text, path + ".date"));
                case "GREGORIAN" -> NicDate.gregorian(gregorian.parse(text, path + ".date"));
                default -> throw new RegistryFormatException("NIC " + path + ".calendar must be HIJRI or GREGORIAN");
            };
        } catch (InvalidDateException e) {
            throw new RegistryFormatException("NIC " + e.getMessage(), e);
        }
    }

    private static String hijriText(NicDate date) {
        return date.calendar() == NicDate.Calendar.HIJRI ? HijriDates.canonical(date.date()) : null;
    }

    private static NicName name(JsonNode node, String path) {
        return new NicName(text(node, "first", path + ".first"), optionalText(node, "father", path),
                optionalText(node, "grandfather", path), optionalText(node, "family", path));
    }

    private CardStatus cardStatus(JsonNode code) {
        if (code == null || !code.canConvertToInt() || !code.isIntegralNumber()) {
            throw new RegistryFormatException("NIC person.idCard.statusCode must be a number");
        }
        return cardStatuses.canonical(Integer.toString(code.intValue()))
                .orElseThrow(() -> new RegistryFormatException("unknown NIC card status code " + code.intValue()));
    }

    /** NIC writes a card status as a JSON number, so a configured code is a whole number, written without leading zeros. */
    private static String statusCode(String code) {
        if (!code.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("NIC card status codes are whole numbers, not " + code);
        }
        return Integer.toString(Integer.parseInt(code));
    }

    private static Sex sex(String gender) {
        return switch (gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown NIC gender " + gender);
        };
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RegistryFormatException("NIC sent an empty body");
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            // Jackson's message quotes the offending input, which may be personal data: keep only the position.
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
            throw new RegistryFormatException("NIC sent JSON that cannot be read" + where);
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new RegistryFormatException("NIC " + path + " must be a JSON object");
        }
        return node;
    }

    private static String text(JsonNode parent, String member, String path) {
        JsonNode node = parent.get(member);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new RegistryFormatException("NIC " + path + " must be a non-empty string");
        }
        return node.textValue();
    }

    private static String optionalText(JsonNode parent, String member, String path) {
        JsonNode node = parent.get(member);
        if (!present(node)) {
            return null;
        }
        if (!node.isTextual()) {
            throw new RegistryFormatException("NIC " + path + "." + member + " must be a string");
        }
        return node.textValue().isBlank() ? null : node.textValue();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
