package gcc.jisr.adapters.qa.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.qa.MoiPerson;
import gcc.jisr.adapters.qa.MoiQatarRegistryFormat;
import gcc.jisr.adapters.qa.QatarAdapter;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stand-in for Qatar's Ministry of Interior QID inquiry: a GET answered with RFC 4180 CSV, served by the JDK's
 * HTTP server. An unknown QID is a header with no rows; a malformed request is an HTTP error with a plain-text reason.
 */
public final class MoiRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;

    private final Clock clock;
    private final MoiQatarRegistryFormat format = new MoiQatarRegistryFormat();
    private volatile Map<String, MoiPerson> byQid = Map.of();
    private HttpServer server;
    private ExecutorService executor;

    public MoiRegistrySimulator() {
        this(Clock.system(QatarAdapter.ZONE));
    }

    public MoiRegistrySimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public GccState state() {
        return GccState.QA;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<MoiPerson> people = MoiPopulation.build(LocalDate.now(clock));
        byQid = people.stream().collect(Collectors.toUnmodifiableMap(MoiPerson::qid, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the MOI simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "moi-qa-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(MoiQatarRegistryFormat.PERSONS_PATH, this::qidInquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return MoiPopulation.samples();
    }

    /** How many persons the registry holds. */
    public int size() {
        return byQid.size();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void qidInquiry(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                refuse(exchange, 405, "GET only");
                return;
            }
            if (!MoiQatarRegistryFormat.PERSONS_PATH.equals(exchange.getRequestURI().getPath())) {
                refuse(exchange, 404, "no such resource");
                return;
            }
            Optional<String> qid = format.inquiredQid(exchange.getRequestURI().getRawQuery()).filter(q -> q.matches("[23][0-9]{10}"));
            if (qid.isEmpty()) {
                refuse(exchange, 400, "qid must be 11 digits starting with 2 or 3");
                return;
            }
            MoiPerson person = byQid.get(qid.get());
            byte[] body = person == null ? format.noRowsAnswer() : format.answer(person);
            exchange.getResponseHeaders().set("Content-Type", MoiQatarRegistryFormat.CSV);
            send(exchange, 200, body);
        }
    }

    private static void refuse(HttpExchange exchange, int status, String reason) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        send(exchange, status, reason.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
