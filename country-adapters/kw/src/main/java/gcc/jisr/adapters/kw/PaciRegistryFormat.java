package gcc.jisr.adapters.kw;

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
import gcc.jisr.adapters.SecureXml;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Kuwaiti civil registry's (PACI) person inquiry, version 2, as XML over HTTP:
 * {@code GET /paci/civil-registry/v2/persons/{civilNo}} answers a {@code PersonInquiryResult} in namespace
 * {@value #NAMESPACE}, with names in four parts per script, dates as {@code dd/MM/yyyy} and the card status as
 * ACTIVE, EXPIRED, CANCELLED or SUSPENDED; an unknown civil number is a 404 with an {@code Error} element.
 *
 * <p>PACI publishes no interface, so this is the adapter's model of it, and the parts most likely to differ can be
 * changed by an operator: the path ({@value RegistrySettings#PATH}), the date pattern
 * ({@value RegistrySettings#DATE_PATTERN}), the status codes ({@value RegistrySettings#CARD_STATUS}{@code .valid}, ...)
 * and the elements that hold the parts of a name, in order ({@value #NAME_PARTS}).
 */
public final class PaciRegistryFormat implements CivilRegistryTranslator {

    public static final String NAMESPACE = "urn:kw:paci:civil-registry:2";
    public static final String PERSONS_PATH = "/paci/civil-registry/v2/persons/";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The setting naming the child elements of {@code Name} that make up a full name, in order. */
    public static final String NAME_PARTS = "registry.name-parts";
    public static final RegistryPath DEFAULT_PATH = RegistryPath.withId(PERSONS_PATH + RegistryPath.ID);
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES = CardStatusCodes.of(Map.of(
            CardStatus.VALID, List.of("ACTIVE"),
            CardStatus.EXPIRED, List.of("EXPIRED"),
            CardStatus.REVOKED, List.of("CANCELLED"),
            CardStatus.SUSPENDED, List.of("SUSPENDED")));
    public static final List<String> DEFAULT_NAME_PARTS = List.of("First", "Second", "Third", "Family");

    private static final String XML_NAME = "[A-Za-z_][A-Za-z0-9._-]*";

    private final RegistryPath path;
    private final NationalDates dates;
    private final CardStatusCodes cardStatuses;
    private final List<String> nameParts;

    public PaciRegistryFormat() {
        this(DEFAULT_PATH, NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_CARD_STATUSES, DEFAULT_NAME_PARTS);
    }

    public PaciRegistryFormat(RegistryPath path, NationalDates dates, CardStatusCodes cardStatuses, List<String> nameParts) {
        this.path = Objects.requireNonNull(path, "path");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        this.nameParts = List.copyOf(nameParts);
        if (!path.hasId()) {
            throw new IllegalArgumentException("PACI is asked by path, so the path must hold " + RegistryPath.ID);
        }
        if (this.nameParts.isEmpty() || !this.nameParts.stream().allMatch(p -> p.matches(XML_NAME))) {
            throw new IllegalArgumentException("name parts are one or more XML element names");
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.union(RegistrySettings.keys(), Set.of(NAME_PARTS));
    }

    /** This format with the operator's settings; a setting not given keeps its current value. */
    public PaciRegistryFormat configured(AdapterSettings settings) {
        return new PaciRegistryFormat(RegistrySettings.pathWithId(settings, path), RegistrySettings.dates(settings, dates),
                RegistrySettings.cardStatuses(settings, cardStatuses),
                settings.list(NAME_PARTS, nameParts, part -> {
                    if (!part.matches(XML_NAME)) {
                        throw new IllegalArgumentException(part + " is not an XML element name");
                    }
                    return part;
                }));
    }

    public RegistryPath path() {
        return path;
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        return RegistryCall.get(path.expand(civilId), "application/xml");
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus == 404) {
            return RegistryAnswer.notFound();
        }
        if (httpStatus != 200) {
            throw new RegistryFormatException("PACI answered HTTP " + httpStatus);
        }
        Element result = SecureXml.parse(body).getDocumentElement();
        if (!NAMESPACE.equals(result.getNamespaceURI()) || !"PersonInquiryResult".equals(result.getLocalName())) {
            throw new RegistryFormatException("PACI answer is not a PersonInquiryResult of " + NAMESPACE);
        }
        if (!civilId.value().equals(SecureXml.requiredChildText(result, "CivilNo"))) {
            throw new RegistryFormatException("PACI answered for another civil number");
        }
        Element card = SecureXml.child(result, "Card").orElseThrow(() -> new RegistryFormatException("PACI answer has no <Card>"));
        LocalDate expiry = date(SecureXml.requiredChildText(card, "ExpiryDate"), "Card/ExpiryDate");
        CardStatus registryStatus = cardStatus(cardStatuses, SecureXml.requiredChildText(card, "Status"));
        RegisteredPerson person = new RegisteredPerson(
                name(result, "ar").orElse(null),
                name(result, "en").orElse(null),
                date(SecureXml.requiredChildText(result, "BirthDate"), "BirthDate"),
                null,
                sex(SecureXml.requiredChildText(result, "Gender")),
                SecureXml.child(result, "Nationality").map(n -> n.getAttribute("code")).filter(c -> c.matches("[A-Z]{3}"))
                        .orElseThrow(() -> new RegistryFormatException("PACI answer has no ISO nationality code")));
        return RegistryAnswer.found(RegistryAnswer.effectiveStatus(registryStatus, expiry, today), expiry, person);
    }

    static CardStatus cardStatus(String paciStatus) {
        return cardStatus(DEFAULT_CARD_STATUSES, paciStatus);
    }

    private static CardStatus cardStatus(CardStatusCodes codes, String paciStatus) {
        return codes.canonical(paciStatus).orElseThrow(() -> new RegistryFormatException("unknown PACI card status " + paciStatus));
    }

    private static Sex sex(String gender) {
        return switch (gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown PACI gender " + gender);
        };
    }

    private LocalDate date(String text, String field) {
        try {
            return dates.parse(text, field);
        } catch (InvalidDateException e) {
            throw new RegistryFormatException("PACI " + field + " is not a " + dates.patterns().get(0) + " date", e);
        }
    }

    private Optional<String> name(Element result, String lang) {
        return SecureXml.children(result, "Name").stream()
                .filter(n -> lang.equals(n.getAttribute("lang")))
                .findFirst()
                .map(n -> nameParts.stream()
                        .map(part -> SecureXml.childText(n, part).orElse(""))
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" ")))
                .filter(s -> !s.isEmpty());
    }
}
