package gcc.jisr.adapters.om;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.SecureXml;
import gcc.jisr.adapters.dates.NationalDates;
import gcc.jisr.adapters.traffic.FlatTrafficLayout;
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
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Royal Oman Police's traffic system's intake of foreign violations, in the XML style of the ROP civil-status
 * service: one element without namespace whose every value is an attribute named in camelCase, an absent value an
 * absent attribute. {@code <RopViolation>} is a notice, {@code <RopStatusChange>} a status change, {@code <RopReply>}
 * the answer ({@code result} RECORDED, DUPLICATE or REJECTED, {@code nationalReference}, {@code reason},
 * {@code answeredAt}) and {@code <RopError status="503" message="..."/>} a refusal. Dates {@code dd/MM/yyyy}, local
 * times {@code dd/MM/yyyy HH:mm:ss} in Oman time (no offset), money as a plain decimal with {@code fineCurrency}, the
 * plate as Oman writes it ({@code 12345 AB}).
 *
 * <p>Paths {@code /rop/traffic/v1/foreign-violations} and {@code /rop/traffic/v1/violation-status}; status codes PAID,
 * CONTESTED, CANCELLED, SETTLED. Child elements, text and attributes outside the layout are refused; the parser takes
 * no DTD. Jisr's model, not a published interface: paths, agency, date pattern and codes are settings.
 */
public final class OmanTrafficFormat implements NationalTrafficFormat {

    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
    public static final String NOTICE_PATH = "/rop/traffic/v1/foreign-violations";
    public static final String STATUS_PATH = "/rop/traffic/v1/violation-status";
    public static final String AGENCY = "ROP-TRAFFIC";
    public static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";
    public static final TrafficCodes<AcknowledgementOutcome> DEFAULT_RESULTS = TrafficCodes.of(AcknowledgementOutcome.class, Map.of(
            AcknowledgementOutcome.RECORDED, List.of("RECORDED"),
            AcknowledgementOutcome.DUPLICATE, List.of("DUPLICATE"),
            AcknowledgementOutcome.REJECTED, List.of("REJECTED")));
    public static final TrafficCodes<StatusChange> DEFAULT_STATUSES = TrafficCodes.of(StatusChange.class, Map.of(
            StatusChange.PAID, List.of("PAID"),
            StatusChange.CONTESTED, List.of("CONTESTED"),
            StatusChange.CANCELLED, List.of("CANCELLED"),
            StatusChange.SETTLED, List.of("SETTLED")));

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private final NationalDates dates;
    private final TrafficCodes<AcknowledgementOutcome> results;
    private final TrafficCodes<StatusChange> statuses;
    private final FlatTrafficLayout layout;

    public OmanTrafficFormat() {
        this(NationalDates.of(DEFAULT_DATE_PATTERN), DEFAULT_RESULTS, DEFAULT_STATUSES);
    }

    public OmanTrafficFormat(NationalDates dates, TrafficCodes<AcknowledgementOutcome> results, TrafficCodes<StatusChange> statuses) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.results = Objects.requireNonNull(results, "results");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.layout = new FlatTrafficLayout(FlatTrafficLayout.Naming.CAMEL, NationalDateTime.gregorian(dates),
                FlatTrafficLayout.Amounts.DECIMAL, results, statuses);
    }

    @Override
    public GccState state() {
        return GccState.OM;
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
    public OmanTrafficFormat configured(AdapterSettings settings) {
        var validCode = TrafficSettings.codesMatching(CODE, "an upper-case code of letters, digits and '_'");
        return new OmanTrafficFormat(TrafficSettings.dates(settings, dates),
                TrafficSettings.outcomes(settings, results, validCode), TrafficSettings.statuses(settings, statuses, validCode));
    }

    @Override
    public byte[] writeNotice(NationalNotice notice) {
        return write("RopViolation", layout.writeNotice(notice));
    }

    @Override
    public NationalNotice readNotice(byte[] body) {
        return layout.readNotice(read(body, "RopViolation"));
    }

    @Override
    public byte[] writeStatusChange(NationalStatusChange change) {
        return write("RopStatusChange", layout.writeStatusChange(change));
    }

    @Override
    public NationalStatusChange readStatusChange(byte[] body) {
        return layout.readStatusChange(read(body, "RopStatusChange"));
    }

    @Override
    public byte[] writeAnswer(NationalTrafficAnswer answer) {
        return write("RopReply", layout.writeAnswer(answer));
    }

    @Override
    public NationalTrafficAnswer readAnswer(byte[] body) {
        return layout.readAnswer(read(body, "RopReply"));
    }

    @Override
    public byte[] writeRefusal(int httpStatus, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", Integer.toString(httpStatus));
        fields.put("message", message);
        return write("RopError", fields);
    }

    @Override
    public Optional<String> readRefusal(byte[] body) {
        try {
            Map<String, String> fields = read(body, "RopError");
            return Optional.of(fields.getOrDefault("status", "") + " " + fields.getOrDefault("message", ""));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] write(String element, Map<String, String> fields) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeEmptyElement(element);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (!field.getValue().isEmpty()) {
                    w.writeAttribute(field.getKey(), field.getValue());
                }
            }
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(byte[] body, String element) {
        Element root = SecureXml.parse(body).getDocumentElement();
        if (root.getNamespaceURI() != null || !element.equals(root.getLocalName())) {
            throw new RegistryFormatException("expected <" + element + "> without namespace, found <" + root.getNodeName() + ">");
        }
        if (root.hasChildNodes()) {
            throw new RegistryFormatException("<" + element + "> carries its values in attributes only");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (attribute.getNamespaceURI() != null) {
                throw new RegistryFormatException("<" + element + "> has a namespaced attribute " + attribute.getName());
            }
            fields.put(attribute.getLocalName(), attribute.getValue());
        }
        return fields;
    }
}
