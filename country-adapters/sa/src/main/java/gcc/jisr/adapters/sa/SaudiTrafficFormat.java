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
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.adapters.dates.NationalDates;
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

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static gcc.jisr.adapters.traffic.NationalTrafficFields.consistent;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.decimal;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.documentReference;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.gccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.offence;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.optionalGccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.speed;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.violationReference;

/**
 * The Saudi traffic system's (General Department of Traffic, "Muroor") intake of foreign violations, in the JSON style
 * of the NIC services: members in camelCase, every date carrying its calendar ({@code {"calendar":"HIJRI",
 * "date":"1448/05/29"}}; the Kingdom's official calendar is Umm al-Qura, so Hijri is what is written, and a
 * {@code GREGORIAN} date is read too), date-times as such a date plus {@code "time":"21:14:05"} in Riyadh time (no
 * offset), money as a decimal string with its currency ({@code {"amount":"75.250","currency":"KWD"}}), the plate as
 * Saudi Arabia writes it (Arabic letters spaced, then the number).
 *
 * <ul>
 *   <li>{@code POST /muroor/foreign-violations/v1}: the notice;</li>
 *   <li>{@code POST /muroor/foreign-violations/v1/status}: a status change, {@code statusCode} PAID, OBJECTION,
 *       CANCELLED or SETTLED;</li>
 *   <li>HTTP 200 answer: {@code responseCode} {@code 0000} recorded, {@code 0001} already recorded, {@code 2001}
 *       rejected (with {@code responseMessage}), {@code violationId}, {@code recordedAt};</li>
 *   <li>refusals: {@code {"responseCode":"9400","responseMessage":...}}, {@code 9} and the HTTP status.</li>
 * </ul>
 * Members not in this layout, duplicate members and trailing content are refused. The interface is Jisr's model, not a
 * published one: paths, agency, date patterns and codes are settings.
 */
public final class SaudiTrafficFormat implements NationalTrafficFormat {

    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    public static final String NOTICE_PATH = "/muroor/foreign-violations/v1";
    public static final String STATUS_PATH = "/muroor/foreign-violations/v1/status";
    public static final String AGENCY = "MOI-MUROOR";
    /** The setting for the pattern of Hijri dates. */
    public static final String HIJRI_DATE_PATTERN = "traffic.hijri-date-pattern";
    public static final String DEFAULT_HIJRI_PATTERN = "yyyy/MM/dd";
    public static final String DEFAULT_GREGORIAN_PATTERN = "yyyy-MM-dd";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESPONSES = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("0000"),
            AcknowledgementOutcome.DUPLICATE, List.of("0001"),
            AcknowledgementOutcome.REJECTED, List.of("2001")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PAID"),
            StatusChange.CONTESTED, List.of("OBJECTION"),
            StatusChange.CANCELLED, List.of("CANCELLED"),
            StatusChange.SETTLED, List.of("SETTLED")));

    private static final int MAX_DEPTH = 8;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,16}");
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final HijriDates hijri;
    private final NationalDates gregorian;
    private final NationalDateTime hijriTimes;
    private final NationalDateTime gregorianTimes;
    private final TrafficCodes<AcknowledgementOutcome> responses;
    private final TrafficCodes<StatusChange> statuses;

    public SaudiTrafficFormat() {
        this(HijriDates.ofPattern(DEFAULT_HIJRI_PATTERN), NationalDates.of(DEFAULT_GREGORIAN_PATTERN), DEFAULT_RESPONSES, DEFAULT_STATUSES);
    }

    public SaudiTrafficFormat(HijriDates hijri, NationalDates gregorian, TrafficCodes<AcknowledgementOutcome> responses,
                              TrafficCodes<StatusChange> statuses) {
        this.hijri = Objects.requireNonNull(hijri, "hijri");
        this.gregorian = Objects.requireNonNull(gregorian, "gregorian");
        this.hijriTimes = NationalDateTime.hijri(hijri);
        this.gregorianTimes = NationalDateTime.gregorian(gregorian);
        this.responses = Objects.requireNonNull(responses, "responses");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    @Override
    public GccState state() {
        return GccState.SA;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(HIJRI_DATE_PATTERN, TrafficSettings.DATE_PATTERN), TrafficSettings.codeKeys());
    }

    @Override
    public SaudiTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "1-16 upper-case letters, digits or '_'");
        return new SaudiTrafficFormat(settings.get(HIJRI_DATE_PATTERN, hijri, HijriDates::ofPattern),
                TrafficSettings.dates(settings, gregorian),
                TrafficSettings.outcomes(settings, responses, validCode), TrafficSettings.statuses(settings, statuses, validCode));
    }

    // ------------------------------------------------------------------ notice

    @Override
    public byte[] writeNotice(NationalNotice n) {
        ObjectNode root = JSON.createObjectNode()
                .put("transmissionId", n.transmissionId())
                .put("reportingCountry", n.reportingState().code())
                .put("reportingAgency", n.reportingAgency())
                .put("violationNumber", n.violationReference());
        root.putObject("vehicle").put("plateCountry", n.plateState().code()).put("plateNumber", n.plateText());
        if (n.driverCivilId() != null || n.driverLicence() != null) {
            ObjectNode driver = root.putObject("driver");
            if (n.driverCivilId() != null) {
                driver.put("idNumber", n.driverCivilId()).put("idCountry", n.driverCivilIdState().code());
            }
            if (n.driverLicence() != null) {
                driver.put("licenceNumber", n.driverLicence()).put("licenceCountry", n.driverLicenceState().code());
            }
        }
        ObjectNode offence = root.putObject("offence").put("code", n.offence().value());
        putIfPresent(offence, "nationalCode", n.nationalOffenceCode());
        offence.put("law", n.law()).put("article", n.article());
        if (n.measuredKmh() != null) {
            offence.putObject("speed").put("measuredKmh", n.measuredKmh()).put("permittedKmh", n.permittedKmh());
        }
        root.set("violationDateTime", dateTime(n.occurredAt()));
        ObjectNode location = root.putObject("location").put("city", n.city());
        putIfPresent(location, "street", n.road());
        root.putObject("fine").put("amount", n.fine().toPlainString()).put("currency", n.fine().currency().getCurrencyCode());
        root.set("dueDate", date(n.dueDate()));
        return bytes(root);
    }

    @Override
    public NationalNotice readNotice(byte[] body) {
        JsonNode root = object(parse(body), "notice", Set.of("transmissionId", "reportingCountry", "reportingAgency", "violationNumber",
                "vehicle", "driver", "offence", "violationDateTime", "location", "fine", "dueDate"));
        JsonNode vehicle = object(root.get("vehicle"), "vehicle", Set.of("plateCountry", "plateNumber"));
        JsonNode driver = root.has("driver")
                ? object(root.get("driver"), "driver", Set.of("idNumber", "idCountry", "licenceNumber", "licenceCountry"))
                : JSON.createObjectNode();
        JsonNode offence = object(root.get("offence"), "offence", Set.of("code", "nationalCode", "law", "article", "speed"));
        JsonNode speed = offence.has("speed") ? object(offence.get("speed"), "offence.speed", Set.of("measuredKmh", "permittedKmh")) : null;
        JsonNode location = object(root.get("location"), "location", Set.of("city", "street"));
        JsonNode fine = object(root.get("fine"), "fine", Set.of("amount", "currency"));
        return consistent(() -> new NationalNotice(
                text(root, "transmissionId", "transmissionId"),
                gccState(text(root, "reportingCountry", "reportingCountry"), "reportingCountry"),
                text(root, "reportingAgency", "reportingAgency"),
                violationReference(text(root, "violationNumber", "violationNumber"), "violationNumber"),
                gccState(text(vehicle, "plateCountry", "vehicle.plateCountry"), "vehicle.plateCountry"),
                text(vehicle, "plateNumber", "vehicle.plateNumber"),
                offence(text(offence, "code", "offence.code"), "offence.code"),
                optionalText(offence, "nationalCode", "offence.nationalCode"),
                text(offence, "law", "offence.law"),
                text(offence, "article", "offence.article"),
                speed == null ? null : speed(integer(speed, "measuredKmh", "offence.speed.measuredKmh"), "offence.speed.measuredKmh"),
                speed == null ? null : speed(integer(speed, "permittedKmh", "offence.speed.permittedKmh"), "offence.speed.permittedKmh"),
                readDateTime(root.get("violationDateTime"), "violationDateTime"),
                text(location, "city", "location.city"),
                optionalText(location, "street", "location.street"),
                decimal(text(fine, "amount", "fine.amount"), text(fine, "currency", "fine.currency"), "fine.amount"),
                readDate(root.get("dueDate"), "dueDate"),
                optionalText(driver, "idNumber", "driver.idNumber"),
                optionalGccState(optionalText(driver, "idCountry", "driver.idCountry"), "driver.idCountry"),
                optionalText(driver, "licenceNumber", "driver.licenceNumber"),
                optionalGccState(optionalText(driver, "licenceCountry", "driver.licenceCountry"), "driver.licenceCountry")), "notice");
    }

    // ------------------------------------------------------------------ status change

    @Override
    public byte[] writeStatusChange(NationalStatusChange c) {
        ObjectNode root = JSON.createObjectNode()
                .put("transmissionId", c.transmissionId())
                .put("senderCountry", c.senderState().code())
                .put("reportingCountry", c.reportingState().code())
                .put("violationNumber", c.violationReference())
                .put("statusCode", statuses.write(c.change()));
        root.set("changedAt", dateTime(c.changedAt()));
        root.set("effectiveDate", date(c.effectiveOn()));
        if (c.amount() != null) {
            root.putObject("amount").put("amount", c.amount().toPlainString()).put("currency", c.amount().currency().getCurrencyCode());
        }
        putIfPresent(root, "documentNumber", c.document());
        putIfPresent(root, "reason", c.reason());
        return bytes(root);
    }

    @Override
    public NationalStatusChange readStatusChange(byte[] body) {
        JsonNode root = object(parse(body), "status change", Set.of("transmissionId", "senderCountry", "reportingCountry",
                "violationNumber", "statusCode", "changedAt", "effectiveDate", "amount", "documentNumber", "reason"));
        String code = text(root, "statusCode", "statusCode");
        StatusChange change = statuses.read(code).orElseThrow(() -> new RegistryFormatException("unknown Saudi violation status " + code));
        JsonNode amount = root.has("amount") ? object(root.get("amount"), "amount", Set.of("amount", "currency")) : null;
        String document = optionalText(root, "documentNumber", "documentNumber");
        return consistent(() -> new NationalStatusChange(
                text(root, "transmissionId", "transmissionId"),
                gccState(text(root, "senderCountry", "senderCountry"), "senderCountry"),
                gccState(text(root, "reportingCountry", "reportingCountry"), "reportingCountry"),
                violationReference(text(root, "violationNumber", "violationNumber"), "violationNumber"),
                change,
                readDateTime(root.get("changedAt"), "changedAt"),
                readDate(root.get("effectiveDate"), "effectiveDate"),
                amount == null ? null : decimal(text(amount, "amount", "amount.amount"), text(amount, "currency", "amount.currency"), "amount"),
                document == null ? null : documentReference(document, "documentNumber"),
                optionalText(root, "reason", "reason")), "status change");
    }

    // ------------------------------------------------------------------ answers

    @Override
    public byte[] writeAnswer(NationalTrafficAnswer a) {
        ObjectNode root = JSON.createObjectNode().put("responseCode", responses.write(a.outcome()));
        putIfPresent(root, "responseMessage", a.reason());
        putIfPresent(root, "violationId", a.nationalReference());
        if (a.answeredAt() != null) {
            root.set("recordedAt", dateTime(a.answeredAt()));
        }
        return bytes(root);
    }

    @Override
    public NationalTrafficAnswer readAnswer(byte[] body) {
        JsonNode root = object(parse(body), "answer", Set.of("responseCode", "responseMessage", "violationId", "recordedAt"));
        String code = text(root, "responseCode", "responseCode");
        AcknowledgementOutcome outcome = responses.read(code)
                .orElseThrow(() -> new RegistryFormatException("unknown Saudi traffic response code " + code));
        return consistent(() -> new NationalTrafficAnswer(outcome,
                optionalText(root, "violationId", "violationId"),
                optionalText(root, "responseMessage", "responseMessage"),
                root.has("recordedAt") ? readDateTime(root.get("recordedAt"), "recordedAt") : null), "answer");
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        return bytes(JSON.createObjectNode().put("responseCode", "9" + httpStatus).put("responseMessage", message));
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.path("responseCode").isTextual() && root.path("responseMessage").isTextual()) {
                return Optional.of(root.get("responseCode").asText() + " " + root.get("responseMessage").asText());
            }
        } catch (IOException | RuntimeException e) {
            // Only an explanation: an unreadable body is reported as such by the caller.
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ dates

    private ObjectNode date(LocalDate date) {
        return JSON.createObjectNode().put("calendar", "HIJRI").put("date", hijri.format(date));
    }

    private ObjectNode dateTime(LocalDateTime at) {
        return date(at.toLocalDate()).put("time", NationalDateTime.time(at));
    }

    private LocalDate readDate(JsonNode node, String path) {
        JsonNode date = object(node, path, Set.of("calendar", "date"));
        return calendar(date, path).readDate(text(date, "date", path + ".date"), path + ".date");
    }

    private LocalDateTime readDateTime(JsonNode node, String path) {
        JsonNode at = object(node, path, Set.of("calendar", "date", "time"));
        LocalDate day = calendar(at, path).readDate(text(at, "date", path + ".date"), path + ".date");
        return LocalDateTime.of(day, NationalDateTime.readTime(text(at, "time", path + ".time"), path + ".time"));
    }

    private NationalDateTime calendar(JsonNode date, String path) {
        String calendar = text(date, "calendar", path + ".calendar");
        return switch (calendar) {
            case "HIJRI" -> hijriTimes;
            case "GREGORIAN" -> gregorianTimes;
            default -> throw new RegistryFormatException(path + ".calendar must be HIJRI or GREGORIAN, is " + calendar);
        };
    }

    // ------------------------------------------------------------------ JSON plumbing

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new RegistryFormatException("the Saudi traffic system's JSON is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RegistryFormatException("the Saudi traffic system's JSON cannot be read: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RegistryFormatException("the Saudi traffic system's JSON cannot be read", e);
        }
    }

    private static JsonNode object(JsonNode node, String path, Set<String> members) {
        if (node == null || !node.isObject()) {
            throw new RegistryFormatException(path + " must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!members.contains(name)) {
                throw new RegistryFormatException(path + " has no member " + name);
            }
        }
        return node;
    }

    private static String text(JsonNode parent, String member, String path) {
        String value = optionalText(parent, member, path);
        if (value == null) {
            throw new RegistryFormatException(path + " is missing");
        }
        return value;
    }

    private static String optionalText(JsonNode parent, String member, String path) {
        JsonNode node = parent.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new RegistryFormatException(path + " must be a non-empty string");
        }
        return node.asText();
    }

    private static String integer(JsonNode parent, String member, String path) {
        JsonNode node = parent.get(member);
        if (node == null || !node.isInt()) {
            throw new RegistryFormatException(path + " must be a whole number");
        }
        return Integer.toString(node.intValue());
    }

    private static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
