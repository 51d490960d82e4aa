package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static gcc.jisr.adapters.traffic.NationalTrafficFields.consistent;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.decimal;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.documentReference;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.gccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.minorUnits;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.offence;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.optional;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.optionalGccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.speed;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.violationReference;

/**
 * The fields of a traffic message as one flat, ordered list of named text values: what the record formats (key-value
 * lines, a CSV row, a fixed-width record, an element's attributes) are made of. Each state names the fields in its own
 * style ({@link Naming}), writes its own dates and chooses minor units or decimals for money; the syntax around the
 * fields is the state's format's. An empty value is an absent field. Reading refuses a field the layout does not have.
 */
public final class FlatTrafficLayout {

    /** How a state names fields: {@code plateText} as {@code plateText}, {@code PlateText} or {@code PLATE_TEXT}. */
    public enum Naming {
        CAMEL, PASCAL, UPPER_SNAKE;

        String name(String logical) {
            return switch (this) {
                case CAMEL -> logical;
                case PASCAL -> Character.toUpperCase(logical.charAt(0)) + logical.substring(1);
                case UPPER_SNAKE -> logical.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            };
        }
    }

    /** How a state writes money: in the currency's minor units (fils, halala, baisa) or as a plain decimal. */
    public enum Amounts { MINOR_UNITS, DECIMAL }

    /** The notice's fields, in the order they are written. */
    public static final List<String> NOTICE = List.of("transmissionId", "reportingState", "reportingAgency", "violationReference",
            "plateState", "plateNumber", "offenceCode", "nationalOffenceCode", "law", "article", "measuredSpeed", "permittedSpeed",
            "occurredAt", "city", "road", "fineAmount", "fineCurrency", "dueDate", "driverCivilId", "driverCivilIdState",
            "driverLicence", "driverLicenceState");
    /** A status change's fields, in the order they are written. */
    public static final List<String> STATUS = List.of("transmissionId", "senderState", "reportingState", "violationReference",
            "status", "changedAt", "effectiveDate", "amount", "currency", "documentReference", "reason");
    /** An answer's fields, in the order they are written. */
    public static final List<String> ANSWER = List.of("result", "nationalReference", "reason", "answeredAt");

    private final Naming naming;
    private final NationalDateTime dates;
    private final Amounts amounts;
    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;

    public FlatTrafficLayout(Naming naming, NationalDateTime dates, Amounts amounts, TrafficCodes<AcknowledgementOutcome> results,
                             TrafficCodes<StatusChange> statuses) {
        this.naming = Objects.requireNonNull(naming, "naming");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.amounts = Objects.requireNonNull(amounts, "amounts");
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    /** The national name of a logical field, e.g. {@code PLATE_NUMBER}. */
    public String name(String logical) {
        return naming.name(logical);
    }

    public List<String> names(List<String> logical) {
        return logical.stream().map(naming::name).toList();
    }

    public TrafficCodes<AcknowledgementOutcome> results() {
        return results;
    }

    public TrafficCodes<StatusChange> statuses() {
        return statuses;
    }

    // ------------------------------------------------------------------ notice

    /** Every field of the notice by national name, in order, {@code ""} for an absent one. */
    public Map<String, String> writeNotice(NationalNotice n) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "transmissionId", n.transmissionId());
        put(f, "reportingState", n.reportingState().code());
        put(f, "reportingAgency", n.reportingAgency());
        put(f, "violationReference", n.violationReference());
        put(f, "plateState", n.plateState().code());
        put(f, "plateNumber", n.plateText());
        put(f, "offenceCode", n.offence().value());
        put(f, "nationalOffenceCode", n.nationalOffenceCode());
        put(f, "law", n.law());
        put(f, "article", n.article());
        put(f, "measuredSpeed", n.measuredKmh() == null ? null : n.measuredKmh().toString());
        put(f, "permittedSpeed", n.permittedKmh() == null ? null : n.permittedKmh().toString());
        put(f, "occurredAt", dates.dateTime(n.occurredAt()));
        put(f, "city", n.city());
        put(f, "road", n.road());
        put(f, "fineAmount", amount(n.fine()));
        put(f, "fineCurrency", n.fine().currency().getCurrencyCode());
        put(f, "dueDate", dates.date(n.dueDate()));
        put(f, "driverCivilId", n.driverCivilId());
        put(f, "driverCivilIdState", n.driverCivilIdState() == null ? null : n.driverCivilIdState().code());
        put(f, "driverLicence", n.driverLicence());
        put(f, "driverLicenceState", n.driverLicenceState() == null ? null : n.driverLicenceState().code());
        return f;
    }

    /** @throws RegistryFormatException for a field the layout does not have, a missing one, or a bad value */
    public NationalNotice readNotice(Map<String, String> fields) {
        Function<String, String> f = reader(fields, NOTICE, "notice");
        return consistent(() -> new NationalNotice(
                NationalTrafficFields.required(f.apply("transmissionId"), name("transmissionId")),
                gccState(f.apply("reportingState"), name("reportingState")),
                NationalTrafficFields.required(f.apply("reportingAgency"), name("reportingAgency")),
                violationReference(f.apply("violationReference"), name("violationReference")),
                gccState(f.apply("plateState"), name("plateState")),
                NationalTrafficFields.required(f.apply("plateNumber"), name("plateNumber")),
                offence(f.apply("offenceCode"), name("offenceCode")),
                f.apply("nationalOffenceCode"),
                NationalTrafficFields.required(f.apply("law"), name("law")),
                NationalTrafficFields.required(f.apply("article"), name("article")),
                speed(f.apply("measuredSpeed"), name("measuredSpeed")),
                speed(f.apply("permittedSpeed"), name("permittedSpeed")),
                dates.readDateTime(f.apply("occurredAt"), name("occurredAt")),
                NationalTrafficFields.required(f.apply("city"), name("city")),
                f.apply("road"),
                amount(f.apply("fineAmount"), f.apply("fineCurrency"), name("fineAmount")),
                dates.readDate(f.apply("dueDate"), name("dueDate")),
                f.apply("driverCivilId"),
                optionalGccState(f.apply("driverCivilIdState"), name("driverCivilIdState")),
                f.apply("driverLicence"),
                optionalGccState(f.apply("driverLicenceState"), name("driverLicenceState"))), "notice");
    }

    // ------------------------------------------------------------------ status change

    public Map<String, String> writeStatusChange(NationalStatusChange c) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "transmissionId", c.transmissionId());
        put(f, "senderState", c.senderState().code());
        put(f, "reportingState", c.reportingState().code());
        put(f, "violationReference", c.violationReference());
        put(f, "status", statuses.write(c.change()));
        put(f, "changedAt", dates.dateTime(c.changedAt()));
        put(f, "effectiveDate", dates.date(c.effectiveOn()));
        put(f, "amount", c.amount() == null ? null : amount(c.amount()));
        put(f, "currency", c.amount() == null ? null : c.amount().currency().getCurrencyCode());
        put(f, "documentReference", c.document());
        put(f, "reason", c.reason());
        return f;
    }

    public NationalStatusChange readStatusChange(Map<String, String> fields) {
        Function<String, String> f = reader(fields, STATUS, "status change");
        String code = NationalTrafficFields.required(f.apply("status"), name("status"));
        StatusChange change = statuses.read(code).orElseThrow(() -> new RegistryFormatException("unknown status code " + code));
        String amount = f.apply("amount");
        String document = f.apply("documentReference");
        return consistent(() -> new NationalStatusChange(
                NationalTrafficFields.required(f.apply("transmissionId"), name("transmissionId")),
                gccState(f.apply("senderState"), name("senderState")),
                gccState(f.apply("reportingState"), name("reportingState")),
                violationReference(f.apply("violationReference"), name("violationReference")),
                change,
                dates.readDateTime(f.apply("changedAt"), name("changedAt")),
                dates.readDate(f.apply("effectiveDate"), name("effectiveDate")),
                amount == null ? null : amount(amount, f.apply("currency"), name("amount")),
                document == null ? null : documentReference(document, name("documentReference")),
                f.apply("reason")), "status change");
    }

    // ------------------------------------------------------------------ answer

    public Map<String, String> writeAnswer(NationalTrafficAnswer a) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "result", results.write(a.outcome()));
        put(f, "nationalReference", a.nationalReference());
        put(f, "reason", a.reason());
        put(f, "answeredAt", a.answeredAt() == null ? null : dates.dateTime(a.answeredAt()));
        return f;
    }

    public NationalTrafficAnswer readAnswer(Map<String, String> fields) {
        Function<String, String> f = reader(fields, ANSWER, "answer");
        String code = NationalTrafficFields.required(f.apply("result"), name("result"));
        AcknowledgementOutcome outcome = results.read(code).orElseThrow(() -> new RegistryFormatException("unknown result code " + code));
        String at = f.apply("answeredAt");
        return consistent(() -> new NationalTrafficAnswer(outcome, f.apply("nationalReference"), f.apply("reason"),
                at == null ? null : dates.readDateTime(at, name("answeredAt"))), "answer");
    }

    // ------------------------------------------------------------------ plumbing

    private void put(Map<String, String> fields, String logical, String value) {
        fields.put(naming.name(logical), value == null ? "" : value);
    }

    private Function<String, String> reader(Map<String, String> fields, List<String> layout, String what) {
        List<String> known = names(layout);
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                throw new RegistryFormatException("a " + what + " has no field " + key);
            }
        }
        return logical -> optional(fields.get(naming.name(logical)));
    }

    private String amount(MoneyAmount amount) {
        return amounts == Amounts.MINOR_UNITS ? NationalTrafficFields.minorUnitsText(amount) : amount.toPlainString();
    }

    private MoneyAmount amount(String text, String currency, String field) {
        return amounts == Amounts.MINOR_UNITS ? minorUnits(text, currency, field) : decimal(text, currency, field);
    }
}
