package gcc.jisr.adapters.kw.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.kw.KuwaitAdapter;
import gcc.jisr.adapters.kw.PaciRegistryFormat;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A stand-in for Kuwait's PACI civil registry: the person inquiry in PACI's XML, served by the JDK's HTTP server. */
public final class PaciRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;

    private volatile Map<String, PaciRecord> byCivilNo;
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public GccState state() {
        return GccState.KW;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<PaciRecord> people = PaciPopulation.build(LocalDate.now(KuwaitAdapter.ZONE));
        byCivilNo = people.stream().collect(Collectors.toUnmodifiableMap(PaciRecord::civilNo, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the PACI simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "paci-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(PaciRegistryFormat.PERSONS_PATH, this::personInquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return PaciPopulation.samples();
    }

    /** How many persons the registry holds. */
    public int size() {
        return byCivilNo == null ? 0 : byCivilNo.size();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void personInquiry(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, error("PACI-405", "method not allowed"));
                return;
            }
            String civilNo = exchange.getRequestURI().getPath().substring(PaciRegistryFormat.PERSONS_PATH.length());
            if (!civilNo.matches("[0-9]{12}")) {
                respond(exchange, 400, error("PACI-400", "civil number must be 12 digits"));
                return;
            }
            PaciRecord person = byCivilNo.get(civilNo);
            if (person == null) {
                respond(exchange, 404, error("PACI-404", "لا يوجد سجل لهذا الرقم المدني"));
            } else {
                respond(exchange, 200, personXml(person));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] xml) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    static byte[] personXml(PaciRecord p) {
        return xml(w -> {
            element(w, "CivilNo", p.civilNo());
            name(w, "ar", p.namePartsArabic());
            name(w, "en", p.namePartsLatin());
            element(w, "BirthDate", PaciRegistryFormat.DATE.format(p.birthDate()));
            element(w, "Gender", String.valueOf(p.gender()));
            w.writeStartElement("Nationality");
            w.writeAttribute("code", p.nationalityCode());
            w.writeCharacters(p.nationalityArabic());
            w.writeEndElement();
            w.writeStartElement("Card");
            element(w, "Status", p.cardStatus());
            element(w, "ExpiryDate", PaciRegistryFormat.DATE.format(p.cardExpiry()));
            w.writeEndElement();
        });
    }

    private static byte[] error(String code, String message) {
        return xml(w -> {
            w.writeStartElement("Error");
            w.writeAttribute("code", code);
            w.writeCharacters(message);
            w.writeEndElement();
        });
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("", "PersonInquiryResult", PaciRegistryFormat.NAMESPACE);
            w.writeDefaultNamespace(PaciRegistryFormat.NAMESPACE);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void name(XMLStreamWriter w, String lang, List<String> parts) throws XMLStreamException {
        w.writeStartElement("Name");
        w.writeAttribute("lang", lang);
        String[] tags = {"First", "Second", "Third", "Family"};
        // Shorter names (residents' three parts) fill First, Second and Family, as PACI prints them on the card.
        for (int i = 0; i < parts.size(); i++) {
            String tag = i == parts.size() - 1 ? "Family" : tags[i];
            element(w, tag, parts.get(i));
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
