package gcc.jisr.routes.traffic.intake;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.money.InvalidAmountException;
import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.Driver;
import gcc.jisr.contracts.traffic.v1.Evidence;
import gcc.jisr.contracts.traffic.v1.Money;
import gcc.jisr.contracts.traffic.v1.OffenceCode;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.EvidenceFile;
import jakarta.activation.DataHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a gateway checks in a violation notice before it accepts it, the same for every face (REST, SOAP,
 * batch files), so that one defect earns one code wherever it came in. The contract (JSON Schema or XSD) has been
 * applied by the face; this adds what a schema cannot know: the GCC states and their currencies, each state's plate
 * and civil-ID rules, the clock, and whether the evidence bytes are those the notice vouches for.
 */
public final class NoticeChecks {

    private final CountryAdapters adapters;
    private final GccState gatewayState;
    private final EvidenceLimits limits;
    private final Duration clockSkew;
    private final Clock clock;
    private final PlateCheck plates;

    /**
     * @param gatewayState this gateway's state: only its own agencies submit notices here
     * @param clockSkew    how far ahead of this gateway's clock an agency's clock may be
     */
    public NoticeChecks(CountryAdapters adapters, GccState gatewayState, EvidenceLimits limits, Duration clockSkew, Clock clock) {
        this.adapters = Objects.requireNonNull(adapters, "adapters");
        this.gatewayState = Objects.requireNonNull(gatewayState, "gatewayState");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.plates = new PlateCheck(adapters);
    }

    public EvidenceLimits limits() {
        return limits;
    }

    /**
     * A notice whose evidence bytes came apart from it (multipart parts, or none at all for a JSON body or a batch
     * line), matched to its items by SHA-256 digest, in any order.
     *
     * @throws JisrException for the first rule broken
     */
    public CheckedNotice check(ViolationNotice notice, List<ReceivedEvidence> parts) {
        checkNotice(notice);
        return new CheckedNotice(notice, matchByDigest(notice.getEvidence(), parts));
    }

    /**
     * A notice whose items carry their own bytes ({@code content}, an MTOM attachment over SOAP). The bytes leave the
     * notice for the evidence files, so that the notice accepted has the same form whichever face it came by.
     *
     * @throws JisrException for the first rule broken
     */
    public CheckedNotice checkWithContent(ViolationNotice notice) {
        checkNotice(notice);
        List<EvidenceFile> files = new ArrayList<>();
        List<Evidence> items = notice.getEvidence();
        for (int i = 0; i < items.size(); i++) {
            Evidence item = items.get(i);
            String field = "/evidence/" + i;
            if (item.getContent() == null) {
                throw digest(field, "evidence item " + i + " has no content: its bytes are missing");
            }
            ReceivedEvidence received = read(field, item.getContent());
            requireSame(item, received, field);
            files.add(new EvidenceFile(item.getSha256(), item.getContentType(), received.content()));
            item.setContent(null);
        }
        return new CheckedNotice(notice, files);
    }

    private void checkNotice(ViolationNotice notice) {
        checkRulesOnlyJsonSchemaStates(notice);
        checkEvidenceItems(notice.getEvidence());
        GccState reporting = reportingState(notice);
        if (notice.getOffence().getCode() == null) {
            throw new JisrException(JisrError.UNKNOWN_OFFENCE, "/offence/code: not one of the GCC offence codes",
                    List.of(new FieldViolation("/offence/code", "not one of the GCC offence codes")));
        }
        GccState registering = gccState(notice.getVehicle().getPlate().getIssuingState(), PlateCheck.FIELD + "/issuingState");
        if (registering == reporting) {
            throw schema(PlateCheck.FIELD + "/issuingState", "the vehicle is registered in " + registering
                    + ", the reporting state: a GCC notice goes to another state");
        }
        plates.check(notice.getVehicle().getPlate(), registering);
        checkDriver(notice.getDriver());
        checkFine(notice.getFine(), reporting);
        checkDates(notice);
    }

    private void checkEvidenceItems(List<Evidence> items) {
        if (items.size() > limits.maxItems()) {
            throw schema("/evidence", "has " + items.size() + " items; this gateway accepts at most " + limits.maxItems());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getSize() > limits.maxBytes()) {
                throw ReceivedEvidence.tooLarge("/evidence/" + i, limits.maxBytes());
            }
        }
    }

    /** Rules the JSON Schema states and XSD 1.0 cannot: checked here for SOAP, and harmlessly again for JSON. */
    private static void checkRulesOnlyJsonSchemaStates(ViolationNotice notice) {
        if (notice.getOffence().getCode() == OffenceCode.SPEEDING && notice.getOffence().getSpeed() == null) {
            throw schema("/offence/speed", "a SPEEDING offence carries its speed measurement");
        }
        Driver driver = notice.getDriver();
        if (driver != null && driver.getCivilId() == null && driver.getLicenceNumber() == null) {
            throw schema("/driver", "a driver is known by a civil ID, a licence number or both");
        }
    }

    private GccState reportingState(ViolationNotice notice) {
        GccState reporting = gccState(notice.getReporter().getState(), "/reporter/state");
        if (reporting != gatewayState) {
            throw schema("/reporter/state", "this gateway takes notices from " + gatewayState + "'s agencies; a notice reported by "
                    + reporting + " is submitted to " + reporting + "'s gateway");
        }
        return reporting;
    }

    private void checkDriver(Driver driver) {
        if (driver == null) {
            return;
        }
        if (driver.getCivilId() != null) {
            GccState issuing = gccState(driver.getCivilIdState(), "/driver/civilIdState");
            // The registering state's adapter is required (its plates must be checked); the driver's state may be a
            // third one, whose civil IDs this gateway checks when it has its adapter.
            adapters.forState(issuing).map(CountryAdapter::civilIds).ifPresent(rules -> {
                try {
                    rules.parse(driver.getCivilId());
                } catch (JisrException e) {
                    throw new JisrException(e.error(), e.getMessage(), e.violations().stream()
                            .map(v -> new FieldViolation("/driver/civilId", v.reason())).toList());
                }
            });
        }
        if (driver.getLicenceNumber() != null) {
            gccState(driver.getLicenceState(), "/driver/licenceState");
        }
    }

    private static void checkFine(Money fine, GccState reporting) {
        if (!reporting.currency().equals(fine.getCurrency())) {
            throw new JisrException(JisrError.INVALID_AMOUNT, "fine: a fine is in the reporting state's currency, "
                    + reporting.currency() + " for " + reporting + ", not " + fine.getCurrency(),
                    List.of(new FieldViolation("/fine/currency", "not " + reporting.currency())));
        }
        amount(fine, Currency.getInstance(reporting.currency()), "/fine");
    }

    /** The amount at its currency's decimals; a currency that is not ISO 4217's is refused too. */
    static MoneyAmount amount(Money money, String field) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.getCurrency());
        } catch (IllegalArgumentException e) {
            throw new JisrException(JisrError.INVALID_AMOUNT, field + ": " + money.getCurrency() + " is not an ISO 4217 currency",
                    List.of(new FieldViolation(field + "/currency", "not an ISO 4217 currency")));
        }
        return amount(money, currency, field);
    }

    private static MoneyAmount amount(Money money, Currency currency, String field) {
        try {
            return MoneyAmount.of(money.getAmount(), currency);
        } catch (InvalidAmountException e) {
            throw new JisrException(JisrError.INVALID_AMOUNT, field.substring(1) + " " + e.getMessage(),
                    List.of(new FieldViolation(field + "/amount", e.violations().get(0).reason())));
        }
    }

    private void checkDates(ViolationNotice notice) {
        OffsetDateTime occurred = notice.getOccurredAt();
        requireNotAhead(occurred, "/occurredAt", clock, clockSkew);
        if (notice.getDueDate().isBefore(occurred.toLocalDate())) {
            throw date("/dueDate", "the due date " + notice.getDueDate() + " is before the day of the violation, "
                    + occurred.toLocalDate());
        }
    }

    static void requireNotAhead(OffsetDateTime at, String field, Clock clock, Duration clockSkew) {
        if (at.toInstant().isAfter(clock.instant().plus(clockSkew))) {
            throw date(field, at + " is in the future");
        }
    }

    private List<EvidenceFile> matchByDigest(List<Evidence> items, List<ReceivedEvidence> parts) {
        Map<String, Deque<ReceivedEvidence>> bySha256 = new HashMap<>();
        for (ReceivedEvidence part : parts) {
            bySha256.computeIfAbsent(part.sha256(), d -> new ArrayDeque<>()).add(part);
        }
        List<EvidenceFile> files = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence item = items.get(i);
            String field = "/evidence/" + i;
            Deque<ReceivedEvidence> matching = bySha256.get(item.getSha256());
            ReceivedEvidence part = matching == null ? null : matching.poll();
            if (part == null) {
                throw digest(field, "no evidence part has the SHA-256 digest of item " + i + " (" + abbreviated(item.getSha256())
                        + "); send its bytes as an evidence part");
            }
            requireSame(item, part, field);
            if (part.contentType() != null && !part.contentType().equals(item.getContentType())) {
                throw new JisrException(JisrError.UNSUPPORTED_MEDIA_TYPE, "evidence part " + part.name() + " is labelled "
                        + part.contentType() + ", its item " + i + " says " + item.getContentType(),
                        List.of(new FieldViolation(field + "/contentType", "the part is labelled " + part.contentType())));
            }
            files.add(new EvidenceFile(item.getSha256(), item.getContentType(), part.content()));
        }
        for (Deque<ReceivedEvidence> left : bySha256.values()) {
            ReceivedEvidence part = left.peek();
            if (part != null) {
                throw digest("evidence", "evidence part " + part.name() + " (SHA-256 " + abbreviated(part.sha256()) + ", "
                        + part.size() + " bytes) matches no evidence item of the notice");
            }
        }
        return files;
    }

    private static void requireSame(Evidence item, ReceivedEvidence received, String field) {
        if (!item.getSha256().equals(received.sha256())) {
            throw digest(field, "the bytes of evidence item " + field.substring(field.lastIndexOf('/') + 1) + " have SHA-256 "
                    + abbreviated(received.sha256()) + ", the notice says " + abbreviated(item.getSha256()));
        }
        if (item.getSize() != received.size()) {
            throw digest(field, "evidence item " + field.substring(field.lastIndexOf('/') + 1) + " says " + item.getSize()
                    + " bytes, its bytes are " + received.size());
        }
    }

    private ReceivedEvidence read(String field, DataHandler content) {
        try (InputStream in = content.getInputStream()) {
            return ReceivedEvidence.read(field, content.getContentType(), in, limits.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evidence of " + field, e);
        }
    }

    private static String abbreviated(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length())) + "…";
    }

    static GccState gccState(String code, String field) {
        return GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE,
                field + ": " + code + " is not a member of the GCC network", List.of(new FieldViolation(field, "not a GCC state"))));
    }

    static JisrException schema(String field, String reason) {
        return new JisrException(JisrError.SCHEMA, field + ": " + reason, List.of(new FieldViolation(field, reason)));
    }

    static JisrException date(String field, String reason) {
        return new JisrException(JisrError.INVALID_DATE, field + ": " + reason, List.of(new FieldViolation(field, reason)));
    }

    private static JisrException digest(String field, String reason) {
        return new JisrException(JisrError.ATTACHMENT_DIGEST, reason, List.of(new FieldViolation(field, reason)));
    }
}
