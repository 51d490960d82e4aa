package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.intake.BoundedLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated pension fund of this gateway's state, on a loopback port (the JDK's HTTP server), for demos and tests:
 * it reads a contribution report as NDJSON and checks each record as a fund would (the person is its state's
 * national with a valid civil ID, the contributions do not exceed the wage, a person is reported once), then answers
 * ACCEPTED or REJECTED with a reason for every record. Statements and notices are RECORDED once, DUPLICATE after.
 * The per-record answers are written to a temporary file while the report is read, so that a report of any length
 * is answered in constant memory but for the civil IDs seen in it.
 */
public final class SimulatedPensionFund implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPensionFund.class);

    private final GccState state;
    private final String institution;
    private final CivilIdRules civilIds;
    private final HttpServer server;
    private final Set<String> documents = ConcurrentHashMap.newKeySet();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final AtomicInteger recordsReceived = new AtomicInteger();

    public SimulatedPensionFund(GccState state, String institution, CivilIdRules civilIds, String host) throws IOException {
        this.state = state;
        this.institution = institution;
        this.civilIds = civilIds;
        this.server = HttpServer.create(new InetSocketAddress(host, 0), 16);
        server.createContext("/contribution-reports", this::report);
        server.createContext("/service-periods", exchange -> single(exchange, "statementId"));
        server.createContext("/notices", exchange -> single(exchange, "noticeId"));
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "pension-fund-sim-" + state);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** The report ids received, in order. */
    public List<String> reports() {
        return List.copyOf(reports);
    }

    /** Records received over all reports. */
    public int recordsReceived() {
        return recordsReceived.get();
    }

    /** Whether a statement or notice with this id was received. */
    public boolean received(String documentId) {
        return documents.contains(documentId);
    }

    private void report(HttpExchange exchange) throws IOException {
        Path answers = Files.createTempFile("jisr-fund-" + state.name().toLowerCase() + "-", ".json");
        try (exchange) {
            int accepted = 0;
            int rejected = 0;
            String reportId;
            try (InputStream in = exchange.getRequestBody();
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(answers));
                 JsonGenerator results = TrafficJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                BoundedLines lines = new BoundedLines(in, 1 << 20);
                BoundedLines.Line first = lines.next();
                JsonNode header = TrafficJson.mapper().readTree(first.bytes());
                reportId = header.path("reportId").asText();
                Set<String> people = new HashSet<>();
                results.writeStartArray();
                BoundedLines.Line line;
                while ((line = lines.next()) != null) {
                    if (line.blank()) {
                        continue;
                    }
                    JsonNode record = TrafficJson.mapper().readTree(line.bytes());
                    recordsReceived.incrementAndGet();
                    String reason = rejection(record, people);
                    results.writeStartObject();
                    results.writeNumberField("sequence", record.path("sequence").asInt());
                    if (reason == null) {
                        results.writeStringField("outcome", "ACCEPTED");
                        accepted++;
                    } else {
                        results.writeStringField("outcome", "REJECTED");
                        int colon = reason.indexOf(':');
                        results.writeStringField("reasonCode", reason.substring(0, colon));
                        results.writeStringField("reason", reason.substring(colon + 2));
                        rejected++;
                    }
                    results.writeEndObject();
                }
                results.writeEndArray();
            }
            reports.add(reportId);
            LOG.info("simulated {} pension fund: report {} accepted={} rejected={}", state, reportId, accepted, rejected);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody(); InputStream saved = Files.newInputStream(answers)) {
                out.write(("{\"acknowledgedBy\":\"" + institution + "\",\"acceptedCount\":" + accepted + ",\"rejectedCount\":"
                        + rejected + ",\"recordResult\":").getBytes());
                saved.transferTo(out);
                out.write('}');
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("simulated {} pension fund could not read a report: {}", state, e.toString());
            exchange.sendResponseHeaders(400, -1);
        } finally {
            Files.deleteIfExists(answers);
        }
    }

    /** Why a record is rejected ("CODE: reason"), or null when the fund takes it. */
    private String rejection(JsonNode record, Set<String> people) {
        JsonNode person = record.path("person");
        String civilId = person.path("civilId").asText();
        if (!state.name().equals(person.path("civilIdState").asText())) {
            return "NOT_A_NATIONAL: the person is not a national of " + state;
        }
        try {
            civilIds.parse(civilId);
        } catch (RuntimeException invalid) {
            return "CIVIL_ID: the civil ID breaks " + state + "'s rules";
        }
        if (!people.add(civilId)) {
            return "DUPLICATE_PERSON: the person is reported twice in this report";
        }
        try {
            BigDecimal wage = new BigDecimal(record.path("wage").asText());
            BigDecimal contributions = new BigDecimal(record.path("employeeContribution").asText())
                    .add(new BigDecimal(record.path("employerContribution").asText()));
            if (contributions.compareTo(wage) > 0) {
                return "CONTRIBUTION_EXCEEDS_WAGE: the contributions exceed the wage";
            }
        } catch (NumberFormatException unreadable) {
            return "AMOUNT: an amount cannot be read";
        }
        return null;
    }

    private void single(HttpExchange exchange, String idField) throws IOException {
        try (exchange) {
            JsonNode document = TrafficJson.mapper().readTree(exchange.getRequestBody());
            String id = document.path(idField).asText();
            PensionAcknowledgement acknowledgement = new PensionAcknowledgement();
            acknowledgement.setAcknowledgedBy(institution);
            acknowledgement.setReference(id);
            acknowledgement.setCaseId(document.path("caseId").asText(null));
            acknowledgement.setAcknowledgedAt(OffsetDateTime.now(ZoneOffset.UTC));
            acknowledgement.setOutcome(documents.add(id) ? AcknowledgementOutcome.RECORDED : AcknowledgementOutcome.DUPLICATE);
            byte[] body = TrafficJson.bytes(acknowledgement);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
