package gcc.jisr.adapters.ae.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.ae.EmiratesAdapter;
import gcc.jisr.adapters.ae.IcpIdentity;
import gcc.jisr.adapters.ae.IcpRegistryFormat;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
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
 * A stand-in for the UAE's ICP identity inquiry: a form-encoded POST answered with name-value lines, served by the
 * JDK's HTTP server. Like the federal gateway it imitates, it answers every business outcome, "not registered"
 * included, with HTTP 200 and a response code.
 */
public final class IcpRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;
    /** An inquiry is one short field; anything larger is not an inquiry. */
    private static final int MAX_INQUIRY_BYTES = 1024;

    private final Clock clock;
    private final IcpRegistryFormat format = new IcpRegistryFormat();
    private volatile Map<String, IcpIdentity> byIdn = Map.of();
    private HttpServer server;
    private ExecutorService executor;

    public IcpRegistrySimulator() {
        this(Clock.system(EmiratesAdapter.ZONE));
    }

    public IcpRegistrySimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public GccState state() {
        return GccState.AE;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<IcpIdentity> people = IcpPopulation.build(LocalDate.now(clock));
        byIdn = people.stream().collect(Collectors.toUnmodifiableMap(IcpIdentity::idn, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the ICP simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "icp-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(IcpRegistryFormat.INQUIRY_PATH, this::identityInquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return IcpPopulation.samples();
    }

    /** How many identities the registry holds. */
    public int size() {
        return byIdn.size();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void identityInquiry(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, format.refusal(IcpRegistryFormat.MALFORMED_INQUIRY, "POST only"));
                return;
            }
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (!contentType.startsWith(IcpRegistryFormat.FORM)) {
                respond(exchange, 415, format.refusal(IcpRegistryFormat.MALFORMED_INQUIRY, "form-encoded inquiry expected"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_INQUIRY_BYTES + 1);
            }
            Optional<String> idn = body.length > MAX_INQUIRY_BYTES ? Optional.empty()
                    : format.inquiredIdn(body).filter(s -> s.matches("784[0-9]{12}"));
            if (idn.isEmpty()) {
                respond(exchange, 200, format.refusal(IcpRegistryFormat.MALFORMED_INQUIRY, "idn must be 15 digits starting 784"));
                return;
            }
            IcpIdentity identity = byIdn.get(idn.get());
            respond(exchange, 200, identity == null ? format.notRegisteredAnswer() : format.answer(identity));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", IcpRegistryFormat.ANSWER_TYPE);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
