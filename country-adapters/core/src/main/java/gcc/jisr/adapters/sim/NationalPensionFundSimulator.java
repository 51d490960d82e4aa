package gcc.jisr.adapters.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.ContributionTally;
import gcc.jisr.adapters.pension.NationalContributionAnswer;
import gcc.jisr.adapters.pension.NationalPensionAnswer;
import gcc.jisr.adapters.pension.NationalPensionFormat;
import gcc.jisr.adapters.pension.PensionSettings;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.InsuredPerson;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A pension fund simulated in one state's own format, on the JDK's HTTP server. The rules it applies to what it is
 * handed, as a home fund would:
 * <ul>
 *   <li>a contribution report streams in and is checked record by record while it is read, keeping only each record's
 *       sequence number and, for a rejected one, its reason (about 4 bytes a record), never the records;</li>
 *   <li>a record is REJECTED with INVALID_CIVIL_ID when this state's civil-ID rules refuse its civil ID (a check digit
 *       that fails), NOT_INSURED_WITH_HOME_FUND when another state issued it, UNKNOWN_PERSON when the fund does not know
 *       the person, DUPLICATE_RECORD for a sequence number seen before in the report, CONTRIBUTION_RATE when the
 *       contributions exceed the wage, MALFORMED_RECORD when it cannot be read; the rest are ACCEPTED;</li>
 *   <li>a report whose records (with those the sending gateway withheld) do not add up to its totals is REFUSED as a
 *       whole with the differences, and may be sent again corrected; a report processed before (same host institution
 *       and report id) is answered DUPLICATE;</li>
 *   <li>statements and notices about a person are RECORDED under the person's case, REJECTED when the person is not
 *       insured here (an entitlement decision, which the home fund sends to this host institution, excepted), and a
 *       repeat is a DUPLICATE;</li>
 *   <li>a file that cannot be read is answered 400, and while {@link #available(boolean) unavailable} every call 503,
 *       both in the format's refusal.</li>
 * </ul>
 */
public abstract class NationalPensionFundSimulator implements PensionFundSimulator {

    private static final int THREADS = 4;
    private static final int MAX_SMALL_BODY = 1 << 20;

    private final NationalPensionFormat format;
    private final CivilIdRules civilIds;
    private final String institutionCode;
    private final String contributionPath;
    private final String statementPath;
    private final String noticePath;

    private final Set<String> enrolled = ConcurrentHashMap.newKeySet();
    private volatile Predicate<String> insuredRule = id -> false;
    private final Set<String> processedReports = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> reportDeliveries = new ConcurrentHashMap<>();
    private final Map<String, String> recordedMessages = new ConcurrentHashMap<>();
    private final Map<String, String> cases = new ConcurrentHashMap<>();
    private final AtomicInteger reports = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger notices = new AtomicInteger();
    private final AtomicLong caseSerial = new AtomicLong();
    private volatile boolean available = true;

    private HttpServer server;
    private ExecutorService executor;

    protected NationalPensionFundSimulator(NationalPensionFormat format, CivilIdRules civilIds, String institutionCode,
                                           String contributionPath, String statementPath, String noticePath) {
        this.format = Objects.requireNonNull(format, "format");
        this.civilIds = Objects.requireNonNull(civilIds, "civilIds");
        this.institutionCode = PensionSettings.institution(institutionCode);
        this.contributionPath = Objects.requireNonNull(contributionPath, "contributionPath");
        this.statementPath = Objects.requireNonNull(statementPath, "statementPath");
        this.noticePath = Objects.requireNonNull(noticePath, "noticePath");
    }

    @Override
    public GccState state() {
        return format.state();
    }

    @Override
    public String institution() {
        return state().code() + ":" + institutionCode;
    }

    public String contributionPath() {
        return contributionPath;
    }

    public String statementPath() {
        return statementPath;
    }

    public String noticePath() {
        return noticePath;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        // See NationalTrafficSimulator: without TCP_NODELAY every answer waits for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + state() + " pension fund simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, state().code().toLowerCase() + "-pension-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(contributionPath, exchange -> serve(exchange, contributionPath, this::contributionReport));
        server.createContext(statementPath, exchange -> serve(exchange, statementPath, e -> small(e, this::statement)));
        server.createContext(noticePath, exchange -> serve(exchange, noticePath, e -> small(e, this::notice)));
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public void enrol(String... ids) {
        enrolled.addAll(Arrays.asList(ids));
    }

    @Override
    public void insure(Predicate<String> rule) {
        insuredRule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public int contributionReportsReceived() {
        return reports.get();
    }

    @Override
    public long contributionRecordsReceived() {
        return records.get();
    }

    @Override
    public int reportDeliveries(String hostInstitution, String reportId) {
        AtomicInteger count = reportDeliveries.get(hostInstitution + "|" + reportId);
        return count == null ? 0 : count.get();
    }

    @Override
    public int statementsReceived() {
        return statements.get();
    }

    @Override
    public int noticesReceived() {
        return notices.get();
    }

    @Override
    public void available(boolean available) {
        this.available = available;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    // ------------------------------------------------------------------ contribution reports

    private void contributionReport(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        try (ContributionFileReader reader = format.readContributionReport(in)) {
            ContributionReport header = reader.header();
            reports.incrementAndGet();
            String key = header.getHostInstitution() + "|" + header.getReportId();
            reportDeliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!institution().equals(header.getHomeInstitution())) {
                in.transferTo(OutputStream.nullOutputStream());
                respond(exchange, 400, format.writeRefusal(400, "the report is addressed to " + header.getHomeInstitution()
                        + ", this is " + institution()));
                return;
            }
            if (processedReports.contains(key)) {
                in.transferTo(OutputStream.nullOutputStream());
                answer(exchange, NationalContributionAnswer.duplicate(header.getReportId(), now()), new RecordResults());
                return;
            }
            ContributionTally tally = new ContributionTally();
            RecordResults results = new RecordResults();
            BitSet sequences = new BitSet();
            while (reader.hasNext()) {
                ContributionLine line = reader.next();
                records.incrementAndGet();
                if (!line.readable()) {
                    tally.addUnreadable();
                    if (line.problem().sequence() != null) {
                        results.add(line.problem().sequence(), "MALFORMED_RECORD", line.problem().reason());
                    }
                    continue;
                }
                ContributionRecord record = line.record();
                tally.add(record);
                String[] rejection = check(record, sequences);
                results.add(record.getSequence(), rejection == null ? null : rejection[0], rejection == null ? null : rejection[1]);
            }
            Optional<TotalsMismatch> mismatch = tally.compare(header.getTotals(), header.getWithheld());
            if (mismatch.isPresent()) {
                answer(exchange, NationalContributionAnswer.refused(header.getReportId(), now(), mismatch.get()), new RecordResults());
            } else if (!processedReports.add(key)) {
                answer(exchange, NationalContributionAnswer.duplicate(header.getReportId(), now()), new RecordResults());
            } else {
                answer(exchange, NationalContributionAnswer.processed(header.getReportId(), now(), results.size() - results.rejected(),
                        results.rejected()), results);
            }
        }
    }

    /** The reason code and reason a record is rejected for, or {@code null} when it is accepted. */
    private String[] check(ContributionRecord record, BitSet sequences) {
        if (sequences.get(record.getSequence())) {
            return new String[]{"DUPLICATE_RECORD", "sequence " + record.getSequence() + " is given twice in the report"};
        }
        sequences.set(record.getSequence());
        String[] person = personCheck(record.getPerson());
        if (person != null) {
            return person;
        }
        if (record.getEmployeeContribution().add(record.getEmployerContribution()).compareTo(record.getWage()) > 0) {
            return new String[]{"CONTRIBUTION_RATE", "the contributions are more than the wage"};
        }
        return null;
    }

    private String[] personCheck(InsuredPerson person) {
        if (!state().code().equals(person.getCivilIdState())) {
            return new String[]{"NOT_INSURED_WITH_HOME_FUND", "the civil ID was issued by " + person.getCivilIdState()
                    + "; this fund insures the nationals of " + state()};
        }
        try {
            civilIds.parse(person.getCivilId());
        } catch (JisrException e) {
            return new String[]{"INVALID_CIVIL_ID", e.getMessage()};
        }
        if (!enrolled.contains(person.getCivilId()) && !insuredRule.test(person.getCivilId())) {
            return new String[]{"UNKNOWN_PERSON", "no person with this civil ID is insured with " + institution()};
        }
        return null;
    }

    private void answer(HttpExchange exchange, NationalContributionAnswer answer, RecordResults results) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.sendResponseHeaders(200, 0); // chunked: the answer streams like the report did
        try (OutputStream out = exchange.getResponseBody()) {
            format.writeContributionAnswer(answer, results.iterator(), out);
        }
    }

    /**
     * The result of every record of a report in a few bytes each: the sequence numbers in order, and the reason only
     * for the rejected ones. The canonical results are made one by one as the answer is written.
     */
    private static final class RecordResults implements Iterable<RecordResult> {
        private int[] sequences = new int[1024];
        private int size;
        private final Map<Integer, String[]> rejections = new HashMap<>();

        void add(int sequence, String reasonCode, String reason) {
            if (size == sequences.length) {
                sequences = Arrays.copyOf(sequences, size * 2);
            }
            if (reasonCode != null) {
                rejections.put(size, new String[]{reasonCode, reason});
            }
            sequences[size++] = sequence;
        }

        int size() {
            return size;
        }

        int rejected() {
            return rejections.size();
        }

        @Override
        public Iterator<RecordResult> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public RecordResult next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    RecordResult result = new RecordResult();
                    result.setSequence(sequences[next]);
                    String[] rejection = rejections.get(next++);
                    result.setOutcome(rejection == null ? RecordOutcome.ACCEPTED : RecordOutcome.REJECTED);
                    if (rejection != null) {
                        result.setReasonCode(rejection[0]);
                        result.setReason(rejection[1].length() > 2000 ? rejection[1].substring(0, 2000) : rejection[1]);
                    }
                    return result;
                }
            };
        }
    }

    // ------------------------------------------------------------------ statements and notices

    private NationalPensionAnswer statement(byte[] body) {
        ServicePeriodStatement statement = format.readStatement(body);
        statements.incrementAndGet();
        return recorded(statement.getHostInstitution(), statement.getStatementId(), statement.getPerson(), true);
    }

    private NationalPensionAnswer notice(byte[] body) {
        PensionNotice notice = format.readNotice(body);
        notices.incrementAndGet();
        if (!institution().equals(notice.getReceiver())) {
            return new NationalPensionAnswer(notice.getNoticeId(), AcknowledgementOutcome.REJECTED, null, "NOT_ADDRESSEE",
                    "the notice is addressed to " + notice.getReceiver() + ", this is " + institution(), now());
        }
        // An entitlement decision comes from the person's home fund to this host institution: the person is not ours.
        return recorded(notice.getSender(), notice.getNoticeId(), notice.getPerson(), notice.getEntitlementDecision() == null);
    }

    private NationalPensionAnswer recorded(String sender, String reference, InsuredPerson person, boolean insuredHere) {
        if (insuredHere) {
            String[] rejection = personCheck(person);
            if (rejection != null) {
                return new NationalPensionAnswer(reference, AcknowledgementOutcome.REJECTED, null, rejection[0], rejection[1], now());
            }
        }
        String caseId = cases.computeIfAbsent(person.getCivilIdState() + "|" + person.getCivilId(),
                k -> institutionCode + "-C-" + String.format("%08d", caseSerial.incrementAndGet()));
        boolean first = recordedMessages.putIfAbsent(sender + "|" + reference, caseId) == null;
        return new NationalPensionAnswer(reference, first ? AcknowledgementOutcome.RECORDED : AcknowledgementOutcome.DUPLICATE,
                caseId, null, null, now());
    }

    // ------------------------------------------------------------------ HTTP

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private interface SmallHandler {
        NationalPensionAnswer answer(byte[] body);
    }

    private void small(HttpExchange exchange, SmallHandler handler) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_SMALL_BODY + 1);
        }
        if (body.length > MAX_SMALL_BODY) {
            respond(exchange, 413, format.writeRefusal(413, "a statement or notice holds at most " + MAX_SMALL_BODY + " bytes"));
            return;
        }
        respond(exchange, 200, format.writeAnswer(handler.answer(body)));
    }

    private void serve(HttpExchange exchange, String path, Handler handler) throws IOException {
        try (exchange) {
            if (!available) {
                respond(exchange, 503, format.writeRefusal(503, institution() + " is in maintenance; try again later"));
                return;
            }
            if (!path.equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 404, format.writeRefusal(404, "no such service"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, format.writeRefusal(405, "only POST is accepted"));
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !mediaType(contentType).equalsIgnoreCase(mediaType(format.contentType()))) {
                respond(exchange, 415, format.writeRefusal(415, "expected " + format.contentType()));
                return;
            }
            try {
                handler.handle(exchange);
            } catch (RegistryFormatException | UncheckedIOException e) {
                if (exchange.getResponseCode() == -1) {
                    respond(exchange, 400, format.writeRefusal(400, e.getMessage()));
                }
            }
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    private void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(state().zone()).truncatedTo(ChronoUnit.SECONDS);
    }
}
