package gcc.jisr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches, through the sending gateway's tracking API, the notices it accepted until the receiving state has
 * acknowledged every one. A notice not yet acknowledged is in one of the statuses before it (ACCEPTED, FORWARDED,
 * DELIVERED, or FAILED and due again), so one search per status, newest first and limited to one record, tells
 * whether any is left: a few cheap queries per look, where fetching every tracking record would cost the gateway as
 * much as the load itself.
 */
final class DeliveryWatch {

    static final String NOTICE_SERVICE = "gcc.traffic.violation.notify.v1";
    private static final List<String> UNFINISHED = List.of("ACCEPTED", "FORWARDED", "DELIVERED", "FAILED");
    private static final Duration LOOK_EVERY = Duration.ofMillis(200);

    /** When every notice was found acknowledged, in nanoTime, or what was left when the wait ran out. */
    record Outcome(boolean finished, long finishedNanos, Map<String, String> left, String deadLetters, boolean sawFailures) {
    }

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI gateway;

    /** Reads as the agency {@code tls} authenticates: the submitter, whose messages the tracking API shows it. */
    DeliveryWatch(URI gateway, SSLContext tls) {
        this.gateway = gateway;
        this.http = AgencyTls.client(tls);
    }

    /** Looks every 200 ms until nothing is left unacknowledged, at most {@code cap}. */
    Outcome awaitAcknowledged(Duration cap) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        boolean sawFailures = false;
        while (true) {
            String pending = null;
            for (String status : UNFINISHED) {
                if (!search(status, 1).isEmpty()) {
                    pending = status;
                    break;
                }
            }
            long now = System.nanoTime();
            sawFailures |= "FAILED".equals(pending);
            if (pending == null) {
                return new Outcome(true, now, Map.of(), count("DEAD_LETTER"), sawFailures);
            }
            if (now > deadline) {
                Map<String, String> left = new LinkedHashMap<>();
                for (String status : UNFINISHED) {
                    left.put(status, count(status));
                }
                return new Outcome(false, now, left, count("DEAD_LETTER"), sawFailures);
            }
            Thread.sleep(LOOK_EVERY.toMillis());
        }
    }

    /** How many notices are in a status, counted up to the API's page of 500. */
    private String count(String status) throws IOException, InterruptedException {
        int n = search(status, 500).size();
        return n == 500 ? ">= 500" : Integer.toString(n);
    }

    private List<JsonNode> search(String status, int limit) throws IOException, InterruptedException {
        URI uri = gateway.resolve("/api/v1/messages?service=" + URLEncoder.encode(NOTICE_SERVICE, StandardCharsets.UTF_8)
                + "&status=" + status + "&limit=" + limit);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        List<JsonNode> records = new ArrayList<>();
        json.readTree(response.body()).path("records").forEach(records::add);
        return records;
    }
}
