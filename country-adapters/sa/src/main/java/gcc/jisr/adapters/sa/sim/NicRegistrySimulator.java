package gcc.jisr.adapters.sa.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.sa.NicPerson;
import gcc.jisr.adapters.sa.NicPersonInquiryFormat;
import gcc.jisr.adapters.sa.SaudiAdapter;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * A stand-in for the Saudi civil registry's person inquiry: JSON posted over HTTP with Hijri dates, as
 * {@link NicPersonInquiryFormat} defines it, served by the JDK's HTTP server.
 */
public final class NicRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;
    /** An inquiry is a few dozen bytes; anything much larger is not one. */
    private static final int MAX_BODY = 8 * 1024;

    private final NicPersonInquiryFormat format = new NicPersonInquiryFormat();
    private volatile Map<String, NicPerson> byIdNumber;
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public GccState state() {
        return GccState.SA;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<NicPerson> people = NicPopulation.build(LocalDate.now(SaudiAdapter.ZONE));
        byIdNumber = people.stream().collect(Collectors.toUnmodifiableMap(NicPerson::idNumber, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the NIC simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "nic-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(format.path(), this::personInquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return NicPopulation.samples();
    }

    /** How many persons the registry holds. */
    public int size() {
        return byIdNumber == null ? 0 : byIdNumber.size();
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
            if (!exchange.getRequestURI().getPath().equals(format.path())) {
                respond(exchange, 404, format.badRequest("no such service"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, format.badRequest("the person inquiry is a POST"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                respond(exchange, 413, format.badRequest("the inquiry is too large"));
                return;
            }
            String idNumber;
            try {
                idNumber = format.readInquiry(body);
            } catch (RegistryFormatException e) {
                respond(exchange, 400, format.badRequest(e.getMessage()));
                return;
            }
            NicPerson person = byIdNumber.get(idNumber);
            respond(exchange, 200, person == null ? format.notFound() : format.answer(person));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", NicPersonInquiryFormat.CONTENT_TYPE + "; charset=" + StandardCharsets.UTF_8.name());
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
