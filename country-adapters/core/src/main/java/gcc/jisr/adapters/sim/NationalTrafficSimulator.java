package gcc.jisr.adapters.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.traffic.NationalNotice;
import gcc.jisr.adapters.traffic.NationalStatusChange;
import gcc.jisr.adapters.traffic.NationalTrafficAnswer;
import gcc.jisr.adapters.traffic.NationalTrafficFormat;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A national traffic system simulated in one state's own format, on the JDK's HTTP server. Its rules are the ones a
 * registering state's system applies before it records a foreign violation:
 * <ul>
 *   <li>a notice that cannot be read is answered 400 in the format's refusal;</li>
 *   <li>a notice about neither a vehicle registered nor a driver licensed in this state is REJECTED;</li>
 *   <li>a plate of this state that its plate rules cannot read is REJECTED (it names no vehicle here);</li>
 *   <li>a notice whose payment is due before the offence happened is REJECTED;</li>
 *   <li>otherwise the first notice of a violation (reporting state, reference) is RECORDED under a new national
 *       reference, and every later one is a DUPLICATE answered with that same reference;</li>
 *   <li>a status change is taken only for a violation this state reported (REJECTED otherwise); a repeat of the same
 *       change on the same day is a DUPLICATE;</li>
 *   <li>while {@link #available(boolean) unavailable}, every call is answered 503 in the format's refusal.</li>
 * </ul>
 * Thread-safe: concurrent deliveries of one violation record it once.
 */
public abstract class NationalTrafficSimulator implements TrafficSystemSimulator {

    private static final int THREADS = 8;
    private static final int MAX_BODY = 1 << 20;

    private final NationalTrafficFormat format;
    private final PlateRules plates;
    private final String noticePath;
    private final String statusPath;
    private final String referencePrefix;

    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, String> statusChanges = new ConcurrentHashMap<>();
    private final AtomicInteger notices = new AtomicInteger();
    private final AtomicInteger statusUpdates = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean available = true;

    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param referencePrefix the start of the national references this system issues; with a serial it must be a
     *                        canonical document reference
     */
    protected NationalTrafficSimulator(NationalTrafficFormat format, PlateRules plates, String noticePath, String statusPath,
                                       String referencePrefix) {
        this.format = Objects.requireNonNull(format, "format");
        this.plates = Objects.requireNonNull(plates, "plates");
        this.noticePath = Objects.requireNonNull(noticePath, "noticePath");
        this.statusPath = Objects.requireNonNull(statusPath, "statusPath");
        this.referencePrefix = Objects.requireNonNull(referencePrefix, "referencePrefix");
    }

    @Override
    public GccState state() {
        return format.state();
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        // The JDK's HTTP server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK hold every answer back ~40 ms. Read once, when the JVM's first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + state() + " traffic simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, state().code().toLowerCase() + "-traffic-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(noticePath, exchange -> serve(exchange, noticePath, this::notice));
        server.createContext(statusPath, exchange -> serve(exchange, statusPath, this::statusChange));
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public int noticeDeliveries(GccState reportingState, String violationReference) {
        AtomicInteger count = deliveries.get(key(reportingState, violationReference));
        return count == null ? 0 : count.get();
    }

    @Override
    public int noticesReceived() {
        return notices.get();
    }

    @Override
    public int statusUpdatesReceived() {
        return statusUpdates.get();
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

    public String noticePath() {
        return noticePath;
    }

    public String statusPath() {
        return statusPath;
    }

    private NationalTrafficAnswer notice(byte[] body) {
        NationalNotice notice = format.readNotice(body);
        notices.incrementAndGet();
        deliveries.computeIfAbsent(key(notice.reportingState(), notice.violationReference()), k -> new AtomicInteger()).incrementAndGet();
        LocalDateTime now = now();
        GccState here = state();
        if (!notice.concerns(here)) {
            return NationalTrafficAnswer.rejected("neither the vehicle nor the driver is registered in " + here, now);
        }
        if (notice.plateState() == here) {
            try {
                plates.parse(notice.plateText());
            } catch (JisrException e) {
                return NationalTrafficAnswer.rejected("plate '" + notice.plateText() + "' is not a " + here + " plate: " + e.getMessage(), now);
            }
        }
        if (notice.dueDate().isBefore(notice.occurredAt().toLocalDate())) {
            return NationalTrafficAnswer.rejected("the payment is due (" + notice.dueDate() + ") before the offence happened ("
                    + notice.occurredAt().toLocalDate() + ")", now);
        }
        String key = key(notice.reportingState(), notice.violationReference());
        String fresh = reference("V");
        String reference = recorded.putIfAbsent(key, fresh);
        return reference == null ? NationalTrafficAnswer.recorded(fresh, now) : NationalTrafficAnswer.duplicate(reference, now);
    }

    private NationalTrafficAnswer statusChange(byte[] body) {
        NationalStatusChange change = format.readStatusChange(body);
        statusUpdates.incrementAndGet();
        LocalDateTime now = now();
        if (change.reportingState() != state()) {
            return NationalTrafficAnswer.rejected("violation " + change.violationReference() + " was reported by "
                    + change.reportingState() + ", not by " + state(), now);
        }
        String key = key(change.reportingState(), change.violationReference()) + "|" + change.change() + "|" + change.effectiveOn();
        String fresh = reference("S");
        String reference = statusChanges.putIfAbsent(key, fresh);
        return reference == null ? NationalTrafficAnswer.recorded(fresh, now) : NationalTrafficAnswer.duplicate(reference, now);
    }

    private String reference(String kind) {
        return referencePrefix + kind + "-" + String.format("%08d", sequence.incrementAndGet());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(state().zone()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String key(GccState state, String reference) {
        return state.code() + "|" + reference;
    }

    private interface Handler {
        NationalTrafficAnswer answer(byte[] body);
    }

    private void serve(HttpExchange exchange, String path, Handler handler) throws IOException {
        try (exchange) {
            if (!available) {
                respond(exchange, 503, format.writeRefusal(503, state() + " traffic system is in maintenance; try again later"));
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
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                respond(exchange, 413, format.writeRefusal(413, "a message holds at most " + MAX_BODY + " bytes"));
                return;
            }
            NationalTrafficAnswer answer;
            try {
                answer = handler.answer(body);
            } catch (RegistryFormatException e) {
                respond(exchange, 400, format.writeRefusal(400, e.getMessage()));
                return;
            }
            respond(exchange, 200, format.writeAnswer(answer));
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
}
