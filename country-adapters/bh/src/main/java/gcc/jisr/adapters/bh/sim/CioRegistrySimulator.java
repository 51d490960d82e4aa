package gcc.jisr.adapters.bh.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.bh.BahrainAdapter;
import gcc.jisr.adapters.bh.CioRegistryFormat;
import gcc.jisr.adapters.bh.CprRecord;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;

import java.io.IOException;
import java.io.InputStream;
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
 * A stand-in for Bahrain's Central Population Register: the CPR inquiry as fixed-width text records
 * ({@link CioRegistryFormat}), served by the JDK's HTTP server. Like the register it models, it answers HTTP 200
 * with a reply code for every inquiry it can read, including "no record".
 */
public final class CioRegistrySimulator implements CivilRegistrySimulator {

    private static final int THREADS = 16;
    /** An inquiry record is 23 bytes with its line end; anything much larger is not an inquiry. */
    private static final int MAX_INQUIRY_BYTES = 1024;

    private volatile Map<String, CprRecord> byCpr;
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public GccState state() {
        return GccState.BH;
    }

    @Override
    public synchronized URI start(InetSocketAddress address) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<CprRecord> people = CioPopulation.build(LocalDate.now(BahrainAdapter.ZONE));
        byCpr = people.stream().collect(Collectors.toUnmodifiableMap(CprRecord::cpr, Function.identity()));
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("the CIO simulator cannot listen on " + address, e);
        }
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "cio-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(CioRegistryFormat.INQUIRY_PATH, this::inquiry);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
    }

    @Override
    public Map<String, String> sampleCivilIds() {
        return CioPopulation.samples();
    }

    /** How many persons the register holds. */
    public int size() {
        return byCpr == null ? 0 : byCpr.size();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void inquiry(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, CioRegistryFormat.refused("method not allowed, POST an inquiry record"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_INQUIRY_BYTES + 1);
            }
            if (body.length > MAX_INQUIRY_BYTES) {
                respond(exchange, 413, CioRegistryFormat.refused("inquiry too large"));
                return;
            }
            String cpr;
            try {
                cpr = CioRegistryFormat.cprOfInquiry(body);
            } catch (RegistryFormatException e) {
                respond(exchange, 200, CioRegistryFormat.refused("inquiry record not readable"));
                return;
            }
            CprRecord person = byCpr.get(cpr);
            respond(exchange, 200, person == null ? CioRegistryFormat.noRecord(cpr) : CioRegistryFormat.found(person));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] record) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", CioRegistryFormat.MEDIA_TYPE);
        exchange.sendResponseHeaders(status, record.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(record);
        }
    }
}
