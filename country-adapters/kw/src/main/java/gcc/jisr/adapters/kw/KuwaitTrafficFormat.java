package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.SecureXml;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static gcc.jisr.adapters.traffic.NationalTrafficFields.consistent;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.documentReference;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.minorUnits;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.minorUnitsText;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.offence;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.optional;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.optionalGccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.required;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.speed;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.gccState;
import static gcc.jisr.adapters.traffic.NationalTrafficFields.violationReference;

/**
 * The Kuwaiti traffic system's (Ministry of Interior, General Traffic Department) intake of foreign violations, in the
 * XML style of Kuwait's PACI registry: elements in namespace {@value #NAMESPACE}, dates {@code dd/MM/yyyy}, local times
 * {@code dd/MM/yyyy HH:mm:ss} in Kuwait time (no offset), money in minor units (fils for KWD) with a
 * {@code currency} attribute, the plate as Kuwait writes it ({@code code/number}).
 *
 * <ul>
 *   <li>{@code POST /moi/traffic/v1/foreign-violations}: {@code <ForeignViolation>} (see docs/national-formats.md);</li>
 *   <li>{@code POST /moi/traffic/v1/violation-status}: {@code <ViolationStatusChange>}, status PAID, OBJECTED,
 *       WITHDRAWN or SETTLED;</li>
 *   <li>HTTP 200 {@code <Receipt>}: {@code Result} REGISTERED, ALREADY_REGISTERED or REFUSED, {@code ViolationNo},
 *       {@code Reason} for a refusal, {@code ReceivedAt};</li>
 *   <li>any refusal: {@code <Error code="MOI-400">message</Error>}, with the HTTP status in the code.</li>
 * </ul>
 * Elements not in this layout are refused. No Kuwaiti traffic interface is published: all of this is Jisr's model,
 * and paths, agency, date pattern, result and status codes are settings.
 */
public final class KuwaitTrafficFormat implements NationalTrafficFormat {

    public static final String NAMESPACE = "urn:kw:moi:traffic:foreign-violations:1";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
    public static final String NOTICE_PATH = "/moi/traffic/v1/foreign-violations";
    public static final String STATUS_PATH = "/moi/traffic/v1/violation-status";
    public static final String AGENCY = "MOI-TRAFFIC";
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESULTS = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("REGISTERED"),
            AcknowledgementOutcome.DUPLICATE, List.of("ALREADY_REGISTERED"),
            AcknowledgementOutcome.REJECTED, List.of("REFUSED")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PAID"),
            StatusChange.CONTESTED, List.of("OBJECTED"),
            StatusChange.CANCELLED, List.of("WITHDRAWN"),
            StatusChange.SETTLED, List.of("SETTLED")));

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Set<String> NOTICE_ELEMENTS = Set.of("TransmissionId", "ReportingState", "TicketNo", "Vehicle", "Driver",
            "Offence", "OccurredAt", "Place", "Fine", "DueDate");
    private static final Set<String> STATUS_ELEMENTS = Set.of("TransmissionId", "SenderState", "ReportingState", "TicketNo", "Status",
            "ChangedAt", "EffectiveDate", "Amount", "DocumentNo", "Reason");
    private static final Set<String> RECEIPT_ELEMENTS = Set.of("Result", "ViolationNo", "Reason", "ReceivedAt");

    private final NationalDates dates;
    private final NationalDateTime times;
    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;

    public KuwaitTrafficFormat() {
        this(NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_RESULTS, DEFAULT_STATUSES);
    }

    public KuwaitTrafficFormat(NationalDates dates, TrafficCodes<AcknowledgementOutcome> results, TrafficCodes<StatusChange> statuses) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.times = NationalDateTime.gregorian(dates);
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    @Override
    public GccState state() {
        return GccState.KW;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        return RegistrySettings.union(Set.of(TrafficSettings.DATE_PATTERN), TrafficSettings.codeKeys());
    }

    @Override
    public KuwaitTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "an upper-case code of letters, digits and '_'");
        return new KuwaitTrafficFormat(TrafficSettings.dates(settings, dates),
                TrafficSettings.outcomes(settings, results, validCode), TrafficSettings.statuses(settings, statuses, validCode));
    }

    // ------------------------------------------------------------------ notice

    @Override
    public byte[] writeNotice(NationalNotice n) {
        return xml("ForeignViolation", w -> {
            element(w, "TransmissionId", n.transmissionId());
            w.writeStartElement("ReportingState");
            w.writeAttribute("agency", n.reportingAgency());
            w.writeCharacters(n.reportingState().code());
            w.writeEndElement();
            element(w, "TicketNo", n.violationReference());
            w.writeStartElement("Vehicle");
            element(w, "PlateState", n.plateState().code());
            element(w, "PlateNo", n.plateText());
            w.writeEndElement();
            if (n.driverCivilId() != null || n.driverLicence() != null) {
                w.writeStartElement("Driver");
                if (n.driverCivilId() != null) {
                    stated(w, "CivilNo", n.driverCivilIdState(), n.driverCivilId());
                }
                if (n.driverLicence() != null) {
                    stated(w, "LicenceNo", n.driverLicenceState(), n.driverLicence());
                }
                w.writeEndElement();
            }
            w.writeStartElement("Offence");
            w.writeAttribute("code", n.offence().value());
            optionalElement(w, "NationalCode", n.nationalOffenceCode());
            element(w, "Law", n.law());
            element(w, "Article", n.article());
            if (n.measuredKmh() != null) {
                w.writeEmptyElement("Speed");
                w.writeAttribute("measured", n.measuredKmh().toString());
                w.writeAttribute("permitted", n.permittedKmh().toString());
            }
            w.writeEndElement();
            element(w, "OccurredAt", times.dateTime(n.occurredAt()));
            w.writeStartElement("Place");
            element(w, "City", n.city());
            optionalElement(w, "Road", n.road());
            w.writeEndElement();
            money(w, "Fine", n.fine().currency().getCurrencyCode(), minorUnitsText(n.fine()));
            element(w, "DueDate", dates.format(n.dueDate()));
        });
    }

    @Override
    public NationalNotice readNotice(byte[] body) {
        Element root = root(body, "ForeignViolation", NOTICE_ELEMENTS);
        Element reporting = one(root, "ReportingState");
        Element vehicle = one(root, "Vehicle");
        only(vehicle, Set.of("PlateState", "PlateNo"));
        Optional<Element> driver = SecureXml.child(root, "Driver");
        driver.ifPresent(d -> only(d, Set.of("CivilNo", "LicenceNo")));
        Optional<Element> civilNo = driver.flatMap(d -> SecureXml.child(d, "CivilNo"));
        Optional<Element> licence = driver.flatMap(d -> SecureXml.child(d, "LicenceNo"));
        Element offence = one(root, "Offence");
        only(offence, Set.of("NationalCode", "Law", "Article", "Speed"));
        Optional<Element> speed = SecureXml.child(offence, "Speed");
        Element place = one(root, "Place");
        only(place, Set.of("City", "Road"));
        Element fine = one(root, "Fine");
        return consistent(() -> new NationalNotice(
                SecureXml.requiredChildText(root, "TransmissionId"),
                gccState(text(reporting), "ReportingState"),
                required(reporting.getAttribute("agency"), "ReportingState/@agency"),
                violationReference(SecureXml.requiredChildText(root, "TicketNo"), "TicketNo"),
                gccState(SecureXml.requiredChildText(vehicle, "PlateState"), "Vehicle/PlateState"),
                SecureXml.requiredChildText(vehicle, "PlateNo"),
                offence(offence.getAttribute("code"), "Offence/@code"),
                SecureXml.childText(offence, "NationalCode").orElse(null),
                SecureXml.requiredChildText(offence, "Law"),
                SecureXml.requiredChildText(offence, "Article"),
                speed.map(s -> speed(required(s.getAttribute("measured"), "Speed/@measured"), "Speed/@measured")).orElse(null),
                speed.map(s -> speed(required(s.getAttribute("permitted"), "Speed/@permitted"), "Speed/@permitted")).orElse(null),
                times.readDateTime(SecureXml.requiredChildText(root, "OccurredAt"), "OccurredAt"),
                SecureXml.requiredChildText(place, "City"),
                SecureXml.childText(place, "Road").orElse(null),
                minorUnits(text(fine), fine.getAttribute("currency"), "Fine"),
                times.readDate(SecureXml.requiredChildText(root, "DueDate"), "DueDate"),
                civilNo.map(KuwaitTrafficFormat::text).orElse(null),
                civilNo.map(e -> optionalGccState(e.getAttribute("state"), "Driver/CivilNo/@state")).orElse(null),
                licence.map(KuwaitTrafficFormat::text).orElse(null),
                licence.map(e -> optionalGccState(e.getAttribute("state"), "Driver/LicenceNo/@state")).orElse(null)), "ForeignViolation");
    }

    // ------------------------------------------------------------------ status change

    @Override
    public byte[] writeStatusChange(NationalStatusChange c) {
        return xml("ViolationStatusChange", w -> {
            element(w, "TransmissionId", c.transmissionId());
            element(w, "SenderState", c.senderState().code());
            element(w, "ReportingState", c.reportingState().code());
            element(w, "TicketNo", c.violationReference());
            element(w, "Status", statuses.write(c.change()));
            element(w, "ChangedAt", times.dateTime(c.changedAt()));
            element(w, "EffectiveDate", dates.format(c.effectiveOn()));
            if (c.amount() != null) {
                money(w, "Amount", c.amount().currency().getCurrencyCode(), minorUnitsText(c.amount()));
            }
            optionalElement(w, "DocumentNo", c.document());
            optionalElement(w, "Reason", c.reason());
        });
    }

    @Override
    public NationalStatusChange readStatusChange(byte[] body) {
        Element root = root(body, "ViolationStatusChange", STATUS_ELEMENTS);
        String code = SecureXml.requiredChildText(root, "Status");
        StatusChange change = statuses.read(code).orElseThrow(() -> new RegistryFormatException("unknown Kuwaiti violation status " + code));
        Optional<Element> amount = SecureXml.child(root, "Amount");
        return consistent(() -> new NationalStatusChange(
                SecureXml.requiredChildText(root, "TransmissionId"),
                gccState(SecureXml.requiredChildText(root, "SenderState"), "SenderState"),
                gccState(SecureXml.requiredChildText(root, "ReportingState"), "ReportingState"),
                violationReference(SecureXml.requiredChildText(root, "TicketNo"), "TicketNo"),
                change,
                times.readDateTime(SecureXml.requiredChildText(root, "ChangedAt"), "ChangedAt"),
                times.readDate(SecureXml.requiredChildText(root, "EffectiveDate"), "EffectiveDate"),
                amount.map(a -> minorUnits(text(a), a.getAttribute("currency"), "Amount")).orElse(null),
                SecureXml.childText(root, "DocumentNo").map(d -> documentReference(d, "DocumentNo")).orElse(null),
                SecureXml.childText(root, "Reason").orElse(null)), "ViolationStatusChange");
    }

    // ------------------------------------------------------------------ answers

    @Override
    public byte[] writeAnswer(NationalTrafficAnswer a) {
        return xml("Receipt", w -> {
            element(w, "Result", results.write(a.outcome()));
            optionalElement(w, "ViolationNo", a.nationalReference());
            optionalElement(w, "Reason", a.reason());
            if (a.answeredAt() != null) {
                element(w, "ReceivedAt", times.dateTime(a.answeredAt()));
            }
        });
    }

    @Override
    public NationalTrafficAnswer readAnswer(byte[] body) {
        Element root = root(body, "Receipt", RECEIPT_ELEMENTS);
        String code = SecureXml.requiredChildText(root, "Result");
        AcknowledgementOutcome outcome = results.read(code).orElseThrow(() -> new RegistryFormatException("unknown Kuwaiti traffic result " + code));
        return consistent(() -> new NationalTrafficAnswer(outcome,
                SecureXml.childText(root, "ViolationNo").orElse(null),
                SecureXml.childText(root, "Reason").orElse(null),
                SecureXml.childText(root, "ReceivedAt").map(t -> times.readDateTime(t, "ReceivedAt")).orElse(null)), "Receipt");
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        return xml("Error", w -> {
            w.writeAttribute("code", "MOI-" + httpStatus);
            w.writeCharacters(message);
        });
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            Element root = SecureXml.parse(body).getDocumentElement();
            if (NAMESPACE.equals(root.getNamespaceURI()) && "Error".equals(root.getLocalName())) {
                return Optional.ofNullable(optional(root.getAttribute("code") + " " + root.getTextContent().strip()));
            }
        } catch (RuntimeException e) {
            // Only an explanation: an unreadable body is reported as such by the caller.
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ XML plumbing

    private static Element root(byte[] body, String name, Set<String> allowed) {
        Element root = SecureXml.parse(body).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !name.equals(root.getLocalName())) {
            throw new RegistryFormatException("expected <" + name + "> in " + NAMESPACE + ", found <" + root.getLocalName() + ">");
        }
        only(root, allowed);
        return root;
    }

    private static void only(Element parent, Set<String> allowed) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e) {
                if (!NAMESPACE.equals(e.getNamespaceURI()) || !allowed.contains(e.getLocalName())) {
                    throw new RegistryFormatException("<" + parent.getLocalName() + "> holds no <" + e.getLocalName() + ">");
                }
                if (SecureXml.children(parent, e.getLocalName()).size() > 1) {
                    throw new RegistryFormatException("<" + parent.getLocalName() + "> holds <" + e.getLocalName() + "> more than once");
                }
            } else if (node.getNodeType() == Node.TEXT_NODE && !node.getTextContent().isBlank()) {
                throw new RegistryFormatException("<" + parent.getLocalName() + "> holds text outside its elements");
            }
        }
    }

    private static Element one(Element parent, String name) {
        return SecureXml.child(parent, name).orElseThrow(() ->
                new RegistryFormatException("element <" + name + "> missing under <" + parent.getLocalName() + ">"));
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(String root, XmlBody body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("", root, NAMESPACE);
            w.writeDefaultNamespace(NAMESPACE);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void optionalElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        if (text != null) {
            element(w, name, text);
        }
    }

    private static void stated(XMLStreamWriter w, String name, GccState state, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("state", state.code());
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void money(XMLStreamWriter w, String name, String currency, String minor) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("currency", currency);
        w.writeCharacters(minor);
        w.writeEndElement();
    }
}
