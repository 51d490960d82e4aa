package gcc.jisr.gateway.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.traffic.TrafficJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sending gateway dies (SIGKILL) while it forwards 1,000 violations, and is started again on the same store:
 * every violation reaches the receiving state's traffic system exactly once, and every tracking record at the
 * sender ends DELIVERED or ACKNOWLEDGED. The Kuwaiti gateway runs in a JVM of its own, with its H2 file store, so
 * that it can be killed as an operating system would; the Saudi gateway runs in the test's JVM.
 */
class SendingGatewayCrashTest {

    private static final int VIOLATIONS = 1_000;
    private static final Path PKI = Path.of("target", "gcc-network-test-pki");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalGccNetwork network;
    private Process kuwait;
    /** The Kuwaiti traffic agency's system, with its certificate: it reports the violations and follows them. */
    private HttpClient trafficAgency;
    private HttpClient operators;

    @AfterEach
    void stopEverything() {
        if (kuwait != null) {
            kuwait.destroyForcibly();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void everyViolationReachesTheRegisteringStateOnceAcrossAKillAndARestartOfTheSender() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "sending-gateway-crash-test"));
        Path store = work.resolve("kw-store-" + System.nanoTime());
        network = LocalGccNetwork.onFreePorts(List.of(GccState.KW, GccState.SA))
                .prepare(PKI, "changeit", Map.of(
                        "jisr.outbox.poll-interval", "100ms",
                        "jisr.outbox.retry.first-interval", "500ms",
                        "jisr.outbox.retry.max-interval", "2s"));
        network.start(GccState.SA);
        TrafficSystemSimulator saudiTrafficSystem = network.context(GccState.SA).getBean(SimulatedRegistries.class)
                .trafficSimulator(GccState.SA).orElseThrow();
        URI kuwaitApi = URI.create(network.node(GccState.KW).nationalUrl());
        URI kuwaitManagement = URI.create(network.node(GccState.KW).managementUrl());
        trafficAgency = AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC");
        operators = AgencyClients.anonymous(PKI);

        kuwait = startKuwait(store, work.resolve("kw-1.log"));
        awaitCondition(Duration.ofSeconds(300), () -> healthy(kuwaitManagement));
        List<String> references = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= VIOLATIONS; i++) {
            String reference = "KW-CRASH-" + System.nanoTime() + "-" + i;
            references.add(reference);
            // One car per notice: nothing waits behind another car, so the kill finds many deliveries in flight.
            ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, reference, "ABJ " + i);
            batch.append(new String(TrafficJson.bytes(notice))).append('\n');
        }
        HttpResponse<String> report = trafficAgency.send(HttpRequest.newBuilder(kuwaitApi.resolve("/api/v1/traffic/violations/batch"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(report.body());
        assertThat(answer.path("accepted").asInt()).as(report.body().substring(0, Math.min(2000, report.body().length())))
                .isEqualTo(VIOLATIONS);
        List<String> trackingIds = new ArrayList<>();
        answer.path("results").forEach(line -> trackingIds.add(line.path("trackingId").asText()));

        awaitCondition(Duration.ofSeconds(120), () -> saudiTrafficSystem.noticesReceived() >= VIOLATIONS / 4);
        kuwait.destroyForcibly().waitFor();
        int receivedAtTheKill = saudiTrafficSystem.noticesReceived();

        kuwait = startKuwait(store, work.resolve("kw-2.log"));
        awaitCondition(Duration.ofSeconds(300), () -> healthy(kuwaitManagement));
        awaitCondition(Duration.ofSeconds(600), () -> references.stream().allMatch(
                reference -> saudiTrafficSystem.noticeDeliveries(GccState.KW, reference) >= 1), () -> {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                if (saudiTrafficSystem.noticeDeliveries(GccState.KW, references.get(i)) == 0) {
                    missing.add(references.get(i) + " (at the sender: "
                            + tracking(kuwaitApi, trackingIds.get(i)).path("status").asText("unknown") + ")");
                }
            }
            return missing.size() + " violations never reached the Saudi traffic system, e.g. "
                    + missing.subList(0, Math.min(5, missing.size()));
        });

        assertThat(receivedAtTheKill).as("the kill came while violations were still on their way").isLessThan(VIOLATIONS);
        assertThat(references).allSatisfy(reference ->
                assertThat(saudiTrafficSystem.noticeDeliveries(GccState.KW, reference)).as(reference).isEqualTo(1));
        assertThat(saudiTrafficSystem.noticesReceived()).isEqualTo(VIOLATIONS);
        Set<String> unfinished = new HashSet<>();
        awaitCondition(Duration.ofSeconds(120), () -> {
            unfinished.clear();
            for (String trackingId : trackingIds) {
                String status = tracking(kuwaitApi, trackingId).path("status").asText();
                if (!status.equals("DELIVERED") && !status.equals("ACKNOWLEDGED")) {
                    unfinished.add(trackingId + " " + status);
                }
            }
            return unfinished.isEmpty();
        });
        assertThat(unfinished).isEmpty();
    }

    private Process startKuwait(Path store, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), JisrGatewayApplication.class.getName()));
        command.addAll(network.arguments(GccState.KW));
        // A fixed node name, as an operator gives one: the restarted node takes back what it held when it was killed.
        command.add("--jisr.outbox.node=kw-crash-test");
        command.add("--spring.datasource.url=jdbc:h2:file:" + store.toAbsolutePath() + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private boolean healthy(URI management) {
        try {
            return operators.send(HttpRequest.newBuilder(management.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private JsonNode tracking(URI api, String trackingId) {
        try {
            return JSON.readTree(trafficAgency.send(HttpRequest.newBuilder(api.resolve("/api/v1/messages/" + trackingId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static void awaitCondition(Duration patience, BooleanSupplier condition) throws InterruptedException {
        awaitCondition(patience, condition, () -> "");
    }

    private static void awaitCondition(Duration patience, BooleanSupplier condition, Supplier<String> whatIsMissing)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + patience + ": " + whatIsMissing.get());
            }
            Thread.sleep(200);
        }
    }
}
