package gcc.jisr.adapters.om.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.om.OmanAdapter;
import gcc.jisr.adapters.om.RopPersonRecord;
import gcc.jisr.adapters.om.RopRegistryFormat;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stand-in for the Royal Oman Police civil status register: the person inquiry as attribute XML
 * ({@link RopRegistryFormat}), served by the JDK's HTTP server. An unknown civil number is an HTTP 200 reply whose
 * result is NOT_FOUND.
 */
public final class RopRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;

    private volatile Map<String, RopPersonRecord> byCivilNumber;
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public GccState state() {
        return GccState.OM;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<RopPersonRecord> people = RopPopulation.build(LocalDate.now(OmanAdapter.ZONE));
        byCivilNumber = people.stream().collect(Collectors.toUnmodifiableMap(RopPersonRecord::civilNumber, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the ROP simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "rop-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(RopRegistryFormat.PERSONS_PATH, this::personInquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return RopPopulation.samples();
    }

    /** How many persons the register holds. */
    public int size() {
        return byCivilNumber == null ? 0 : byCivilNumber.size();
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
                exchange.getResponseHeaders().set("Allow", "GET");
                respond(exchange, 405, RopRegistryFormat.error("method not allowed"));
                return;
            }
            if (!RopRegistryFormat.PERSONS_PATH.equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 404, RopRegistryFormat.error("no such resource"));
                return;
            }
            String civilNumber;
            try {
                civilNumber = RopRegistryFormat.civilNumberOf(exchange.getRequestURI().getRawQuery());
            } catch (RegistryFormatException e) {
                respond(exchange, 400, RopRegistryFormat.error(e.getMessage()));
                return;
            }
            RopPersonRecord person = byCivilNumber.get(civilNumber);
            respond(exchange, 200, person == null ? RopRegistryFormat.notFound(civilNumber) : RopRegistryFormat.found(person));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] xml) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }
}
