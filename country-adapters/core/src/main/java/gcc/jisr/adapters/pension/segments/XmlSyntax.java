package gcc.jisr.adapters.pension.segments;

import gcc.jisr.adapters.RegistryFormatException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * National XML files, read and written with StAX so that a file of any length streams: a root element in the state's
 * namespace, one child element per segment, and one element per field inside it, holding its text. An absent field
 * has no element. Reading is strict and hardened: no DTD (so no entity of any kind), the namespace must be the
 * state's, a segment element must hold only known field elements with text. A segment with a field it does not know
 * is returned unreadable and the reader goes on with the next one; XML that is not well formed ends the file.
 */
public final class XmlSyntax implements SegmentSyntax {

    private static final XMLInputFactory INPUT = hardenedInput();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    /** The longest field text kept: the widest field of any layout (a reason) is 2,000 characters. */
    private static final int MAX_FIELD_LENGTH = 4000;

    private final FieldNaming naming;
    private final String namespace;
    /** Keyed by identity: layouts are constants, and hashing a record of lists for every field would cost more. */
    private final Map<SegmentLayout, Map<String, FieldSpec>> fieldsByName = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public XmlSyntax(FieldNaming naming, String namespace) {
        this.naming = Objects.requireNonNull(naming, "naming");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    public String namespace() {
        return namespace;
    }

    @Override
    public SegmentWriter writer(FileLayout file, OutputStream out) throws IOException {
        try {
            // The JDK's writer sends an OutputStream one byte at a time; over a buffered Writer it writes whole strings.
            Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(buffered);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", naming.name(file.root()), namespace);
            xml.writeDefaultNamespace(namespace);
            return new SegmentWriter() {
                @Override
                public void write(NationalSegment segment) throws IOException {
                    SegmentLayout layout = file.segment(segment.type())
                            .orElseThrow(() -> new IllegalArgumentException(file.root() + " has no segment " + segment.type()));
                    try {
                        // One segment a line, so that a record's problem can be told by its line.
                        xml.writeCharacters("\n");
                        xml.writeStartElement(namespace, naming.name(layout.type()));
                        for (FieldSpec field : layout.fields()) {
                            String value = segment.field(field.name());
                            if (value != null) {
                                xml.writeStartElement(namespace, naming.name(field.name()));
                                xml.writeCharacters(value);
                                xml.writeEndElement();
                            }
                        }
                        xml.writeEndElement();
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                }

                @Override
                public void finish() throws IOException {
                    try {
                        xml.writeCharacters("\n");
                        xml.writeEndElement();
                        xml.writeEndDocument();
                        xml.flush();
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                    buffered.flush();
                }
            };
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public SegmentReader reader(FileLayout file, InputStream in) {
        XMLStreamReader xml;
        try {
            xml = INPUT.createXMLStreamReader(in);
            nextElement(xml);
            if (!xml.isStartElement()) {
                throw new RegistryFormatException("the XML file has no root element");
            }
            expect(xml, naming.name(file.root()));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        return new SegmentReader() {
            private boolean ended;

            @Override
            public NationalSegment next() {
                if (ended) {
                    return null;
                }
                try {
                    nextElement(xml);
                    if (xml.isEndElement()) {
                        ended = true;
                        return null;
                    }
                    int line = xml.getLocation().getLineNumber();
                    String name = xml.getLocalName();
                    SegmentLayout layout = namespace.equals(xml.getNamespaceURI())
                            ? file.segment(typeNamed(file, name)).orElse(null) : null;
                    if (layout == null) {
                        skip(xml);
                        return NationalSegment.unreadable(null, line, "element <" + name + "> is not one of this file's");
                    }
                    return segment(layout, line);
                } catch (XMLStreamException e) {
                    throw malformed(e);
                }
            }

            private NationalSegment segment(SegmentLayout layout, int line) throws XMLStreamException {
                Map<String, String> fields = new LinkedHashMap<>();
                String problem = null;
                while (true) {
                    nextElement(xml);
                    if (xml.isEndElement()) {
                        break;
                    }
                    String name = xml.getLocalName();
                    FieldSpec field = namespace.equals(xml.getNamespaceURI()) ? fieldNamed(layout, name) : null;
                    if (field == null) {
                        problem = problem != null ? problem : "<" + naming.name(layout.type()) + "> has no element <" + name + ">";
                        skip(xml);
                        continue;
                    }
                    StringBuilder content = new StringBuilder();
                    boolean nested = false;
                    while (true) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.END_ELEMENT) {
                            break;
                        } else if (event == XMLStreamConstants.START_ELEMENT) {
                            nested = true;
                            skip(xml);
                        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                                || event == XMLStreamConstants.SPACE) {
                            if (content.length() <= MAX_FIELD_LENGTH) {
                                content.append(xml.getText());
                            }
                        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                            throw new RegistryFormatException("DTDs and entity references are not allowed");
                        }
                    }
                    if (nested) {
                        problem = problem != null ? problem : "<" + name + "> holds elements, not text";
                        continue;
                    }
                    String text = content.toString().strip();
                    if (text.length() > MAX_FIELD_LENGTH) {
                        problem = problem != null ? problem : "<" + name + "> is longer than " + MAX_FIELD_LENGTH + " characters";
                    } else if (fields.put(field.name(), text) != null) {
                        problem = problem != null ? problem : "<" + name + "> is given twice";
                    }
                    if (text.isEmpty()) {
                        fields.remove(field.name());
                    }
                }
                return problem == null ? new NationalSegment(layout.type(), fields, line, null)
                        : new NationalSegment(layout.type(), fields, line, problem);
            }

            @Override
            public void close() {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Closing a reader frees nothing we depend on.
                }
            }
        };
    }

    private String typeNamed(FileLayout file, String name) {
        return file.segments().stream().map(SegmentLayout::type).filter(type -> naming.name(type).equals(name)).findFirst().orElse("");
    }

    private FieldSpec fieldNamed(SegmentLayout layout, String name) {
        return fieldsByName.computeIfAbsent(layout, l -> {
            Map<String, FieldSpec> byName = new java.util.HashMap<>();
            l.fields().forEach(f -> byName.put(naming.name(f.name()), f));
            return byName;
        }).get(name);
    }

    private void expect(XMLStreamReader xml, String root) {
        if (!root.equals(xml.getLocalName()) || !namespace.equals(xml.getNamespaceURI())) {
            throw new RegistryFormatException("the root element is {" + xml.getNamespaceURI() + "}" + xml.getLocalName()
                    + ", expected {" + namespace + "}" + root);
        }
    }

    /** Moves to the next start or end element, refusing a DTD and text outside field elements. */
    private static void nextElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                case XMLStreamConstants.DTD -> throw new RegistryFormatException("a DTD is not allowed in a national pension file");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new RegistryFormatException("entity references are not allowed");
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!xml.isWhiteSpace() && !xml.getText().isBlank()) {
                        throw new RegistryFormatException("line " + xml.getLocation().getLineNumber()
                                + ": text outside a field element");
                    }
                }
                default -> {
                    // comments, processing instructions, white space
                }
            }
        }
    }

    /** Skips the element the reader is on, with everything inside it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        if (!xml.isStartElement()) {
            return;
        }
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.DTD) {
                throw new RegistryFormatException("a DTD is not allowed in a national pension file");
            }
        }
    }

    private static RegistryFormatException malformed(XMLStreamException e) {
        return new RegistryFormatException("the national XML cannot be read: " + e.getMessage(), e);
    }

    private static XMLInputFactory hardenedInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows these; SUPPORT_DTD=false already keeps DTDs out.
        }
        return factory;
    }
}
