package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.SecureXml;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Kuwaiti civil registry's (PACI) person inquiry, version 2, as XML over HTTP:
 * {@code GET /paci/civil-registry/v2/persons/{civilNo}} answers a {@code PersonInquiryResult} in namespace
 * {@value #NAMESPACE}, with names in four parts per script, dates as {@code dd/MM/yyyy} and the card status as
 * ACTIVE, EXPIRED, CANCELLED or SUSPENDED; an unknown civil number is a 404 with an {@code Error} element.
 */
public final class PaciRegistryFormat implements CivilRegistryTranslator {

    public static final String NAMESPACE = "urn:kw:paci:civil-registry:2";
    public static final String PERSONS_PATH = "/paci/civil-registry/v2/persons/";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public RegistryCall lookup(CivilId civilId) {
        return RegistryCall.get(PERSONS_PATH + civilId.value(), "application/xml");
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
        CardStatus registryStatus = cardStatus(SecureXml.requiredChildText(card, "Status"));
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
        return switch (paciStatus) {
            case "ACTIVE" -> CardStatus.VALID;
            case "EXPIRED" -> CardStatus.EXPIRED;
            case "CANCELLED" -> CardStatus.REVOKED;
            case "SUSPENDED" -> CardStatus.SUSPENDED;
            default -> throw new RegistryFormatException("unknown PACI card status " + paciStatus);
        };
    }

    private static Sex sex(String gender) {
        return switch (gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown PACI gender " + gender);
        };
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new RegistryFormatException("PACI " + field + " is not a dd/MM/yyyy date", e);
        }
    }

    private static Optional<String> name(Element result, String lang) {
        return SecureXml.children(result, "Name").stream()
                .filter(n -> lang.equals(n.getAttribute("lang")))
                .findFirst()
                .map(n -> java.util.stream.Stream.of("First", "Second", "Third", "Family")
                        .map(part -> SecureXml.childText(n, part).orElse(""))
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" ")))
                .filter(s -> !s.isEmpty());
    }
}
