package gcc.jisr.adapters.om;

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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Royal Oman Police civil status inquiry as this adapter models it (the ROP's interface is not public): plain XML
 * without a namespace, every value in an attribute, dates {@code dd/MM/yyyy}.
 *
 * <p>{@code GET} {@value #PERSONS_PATH}{@code ?civilNumber=1234567} with {@code Accept: application/xml} answers
 * HTTP 200 and a {@code RopReply} whose {@code result} says what it holds:
 * <pre>{@code
 * <RopReply result="FOUND" civilNumber="1234567">
 *   <Person civilNumber="1234567" nameAr="سالم بن سعيد البوسعيدي" nameEn="Salim bin Saeed Al Busaidi"
 *           dateOfBirth="15/03/1985" gender="M" nationality="OMN" cardStatus="VALID" cardExpiry="30/06/2029"/>
 * </RopReply>
 * <RopReply result="NOT_FOUND" civilNumber="7654321"/>
 * <RopReply result="ERROR" message="civilNumber is required"/>      (with HTTP 400)
 * }</pre>
 * {@code nameAr} and {@code nameEn} are left out when the register has no name in that script. {@code cardStatus} is
 * VALID, EXPIRED, CANCELLED or SUSPENDED. Civil numbers travel in canonical form, without leading zeros.
 *
 * <p>An operator can change the path and query ({@value RegistrySettings#PATH}, with {@code {id}} where the civil
 * number goes), the date pattern ({@value RegistrySettings#DATE_PATTERN}) and the card status values
 * ({@value RegistrySettings#CARD_STATUS}{@code .valid}, ...).
 */
public final class RopRegistryFormat implements CivilRegistryTranslator {

    public static final String PERSONS_PATH = "/rop/civil-status/v1/persons";
    public static final String MEDIA_TYPE = "application/xml";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public static final RegistryPath DEFAULT_PATH = RegistryPath.withId(PERSONS_PATH + "?civilNumber=" + RegistryPath.ID);
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final CardStatusCodes DEFAULT_CARD_STATUSES =
            CardStatusCodes.of(RopCardStatus.values(), RopCardStatus::name, RopCardStatus::canonical);

    static final String FOUND = "FOUND";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String ERROR = "ERROR";

    private final RegistryPath path;
    private final NationalDates dates;
    private final CardStatusCodes cardStatuses;

    public RopRegistryFormat() {
        this(DEFAULT_PATH, NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_CARD_STATUSES);
    }

    public RopRegistryFormat(RegistryPath path, NationalDates dates, CardStatusCodes cardStatuses) {
        this.path = Objects.requireNonNull(path, "path");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.cardStatuses = Objects.requireNonNull(cardStatuses, "cardStatuses");
        if (!path.hasId()) {
            throw new IllegalArgumentException("the ROP inquiry is a GET, so its path must hold " + RegistryPath.ID);
        }
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return RegistrySettings.keys();
    }

    /** This format with the operator's settings; a setting not given keeps its current value. */
    public RopRegistryFormat configured(AdapterSettings settings) {
        return new RopRegistryFormat(RegistrySettings.pathWithId(settings, path), RegistrySettings.dates(settings, dates),
                RegistrySettings.cardStatuses(settings, cardStatuses));
    }

    @Override
    public RegistryCall lookup(CivilId civilId) {
        return RegistryCall.get(path.expand(civilId), MEDIA_TYPE);
    }

    @Override
    public RegistryAnswer read(CivilId civilId, int httpStatus, byte[] body, LocalDate today) {
        if (httpStatus != 200) {
            throw new RegistryFormatException("ROP answered HTTP " + httpStatus);
        }
        Element reply = SecureXml.parse(body).getDocumentElement();
        if (reply.getNamespaceURI() != null || !"RopReply".equals(reply.getLocalName())) {
            throw new RegistryFormatException("ROP answer is not a RopReply without namespace");
        }
        String result = reply.getAttribute("result");
        switch (result) {
            case FOUND -> {
                requireSameNumber(civilId, reply);
                List<Element> persons = SecureXml.children(reply, "Person");
                if (persons.size() != 1) {
                    throw new RegistryFormatException("a FOUND RopReply holds exactly one <Person>, not " + persons.size());
                }
                Element person = persons.get(0);
                if (!civilId.value().equals(person.getAttribute("civilNumber"))) {
                    throw new RegistryFormatException("ROP answered for another civil number");
                }
                CardStatus status = cardStatus(required(person, "cardStatus"));
                LocalDate expiry = date(person, "cardExpiry");
                RegisteredPerson registered = new RegisteredPerson(optional(person, "nameAr").orElse(null),
                        optional(person, "nameEn").orElse(null), date(person, "dateOfBirth"), null,
                        sex(required(person, "gender")), nationality(required(person, "nationality")));
                return RegistryAnswer.found(RegistryAnswer.effectiveStatus(status, expiry, today), expiry, registered);
            }
            case NOT_FOUND -> {
                requireSameNumber(civilId, reply);
                return RegistryAnswer.notFound();
            }
            case ERROR -> throw new RegistryFormatException("ROP refused the inquiry: " + reply.getAttribute("message"));
            default -> throw new RegistryFormatException("unknown ROP result '" + result + "'");
        }
    }

    /**
     * The civil number a request's query asks about, as typed.
     *
     * @throws RegistryFormatException when the query has no single {@code civilNumber} of ASCII digits
     */
    public static String civilNumberOf(String rawQuery) {
        String found = null;
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "civilNumber".equals(pair.substring(0, eq))) {
                if (found != null) {
                    throw new RegistryFormatException("civilNumber is given twice");
                }
                found = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        if (found == null || !found.matches("[0-9]{1,8}")) {
            throw new RegistryFormatException("civilNumber is required, 1 to 8 ASCII digits");
        }
        return found;
    }

    /** The reply for a person the register holds. */
    public static byte[] found(RopPersonRecord p) {
        return reply(FOUND, p.civilNumber(), null, w -> {
            w.writeEmptyElement("Person");
            w.writeAttribute("civilNumber", p.civilNumber());
            if (p.nameArabic() != null) {
                w.writeAttribute("nameAr", p.nameArabic());
            }
            if (p.nameLatin() != null) {
                w.writeAttribute("nameEn", p.nameLatin());
            }
            w.writeAttribute("dateOfBirth", DATE.format(p.birthDate()));
            w.writeAttribute("gender", p.sex() == Sex.MALE ? "M" : "F");
            w.writeAttribute("nationality", p.nationality());
            w.writeAttribute("cardStatus", p.cardStatus().name());
            w.writeAttribute("cardExpiry", DATE.format(p.cardExpiry()));
        });
    }

    /** The reply for a civil number the register does not hold. */
    public static byte[] notFound(String civilNumber) {
        return reply(NOT_FOUND, civilNumber, null, w -> {
        });
    }

    /** The reply to a request the register cannot read. */
    public static byte[] error(String message) {
        return reply(ERROR, null, message, w -> {
        });
    }

    private interface XmlContent {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] reply(String result, String civilNumber, String message, XmlContent content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("RopReply");
            w.writeAttribute("result", result);
            if (civilNumber != null) {
                w.writeAttribute("civilNumber", civilNumber);
            }
            if (message != null) {
                w.writeAttribute("message", message);
            }
            content.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSameNumber(CivilId asked, Element reply) {
        if (!asked.value().equals(reply.getAttribute("civilNumber"))) {
            throw new RegistryFormatException("ROP answered for another civil number");
        }
    }

    private static Optional<String> optional(Element e, String attribute) {
        return Optional.of(e.getAttribute(attribute).strip()).filter(s -> !s.isEmpty());
    }

    private static String required(Element e, String attribute) {
        return optional(e, attribute).orElseThrow(() ->
                new RegistryFormatException("attribute " + attribute + " missing on <" + e.getLocalName() + ">"));
    }

    private CardStatus cardStatus(String value) {
        return cardStatuses.canonical(value).orElseThrow(() -> new RegistryFormatException("unknown ROP card status '" + value + "'"));
    }

    private static Sex sex(String gender) {
        return switch (gender) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw new RegistryFormatException("unknown ROP gender '" + gender + "'");
        };
    }

    private static String nationality(String code) {
        if (!code.matches("[A-Z]{3}")) {
            throw new RegistryFormatException("ROP nationality is not an ISO 3166-1 alpha-3 code");
        }
        return code;
    }

    private LocalDate date(Element e, String attribute) {
        try {
            return dates.parse(required(e, attribute), attribute);
        } catch (InvalidDateException ex) {
            throw new RegistryFormatException("ROP " + attribute + " is not a " + dates.patterns().get(0) + " date", ex);
        }
    }
}
