package gcc.jisr.gateway.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.testing.AgencyClients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Several nodes of the Kuwaiti gateway, each in a JVM of its own (so that one can be SIGKILLed as an operating system
 * would), all in one Hazelcast cluster over loopback and all on one store. The first node listens where the local
 * network says the Kuwaiti gateway is, so that partners' answers reach the cluster there.
 */
final class KuwaitNodes implements AutoCloseable {

    /** The PKI of the local network the nodes join: the GCC root the nodes' certificates chain to, the agencies' keys. */
    static final Path PKI = Path.of("target", "gcc-network-test-pki");
    static final ObjectMapper JSON = new ObjectMapper();

    /** Made on first use, once the network's PKI is there. */
    private static final class Clients {
        static final HttpClient OPERATORS = AgencyClients.anonymous(PKI);
        static final HttpClient TRAFFIC_AGENCY = AgencyClients.http(PKI, GccState.KW, "MOI-TRAFFIC");
    }

    /** Operators and load balancers: the management port over TLS, no client certificate. */
    static HttpClient operators() {
        return Clients.OPERATORS;
    }

    /** The Kuwaiti traffic agency's system, with its certificate: it reports violations and follows them. */
    static HttpClient trafficAgency() {
        return Clients.TRAFFIC_AGENCY;
    }

    /** One node: its ports, its outbox name, its process and log. */
    record Node(String name, int nationalPort, int partnerPort, int managementPort, int clusterPort, Process process, Path log) {

        /** The national API, over TLS: agencies with their certificates. */
        URI api() {
            return URI.create("https://127.0.0.1:" + nationalPort);
        }

        /** The admin API and actuator, over TLS. */
        URI management() {
            return URI.create("https://127.0.0.1:" + managementPort);
        }

        URI partnerEnvelopes() {
            return URI.create("https://127.0.0.1:" + partnerPort + "/gcc/v1/envelopes");
        }
    }

    final List<Node> nodes = new ArrayList<>();

    /**
     * Starts {@code count} nodes at once with the network's Kuwaiti settings, the store given, and the extra settings
     * (which win over the network's).
     */
    static KuwaitNodes start(LocalGccNetwork network, int count, Path logs, Map<String, String> store,
                             Map<String, String> extra) throws Exception {
        KuwaitNodes cluster = new KuwaitNodes();
        LocalGccNetwork.Node kuwait = network.node(GccState.KW);
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clusterPorts.add(LocalGccNetwork.freePort());
        }
        String members = String.join(",", clusterPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        for (int i = 0; i < count; i++) {
            int national = i == 0 ? kuwait.nationalPort() : LocalGccNetwork.freePort();
            int partner = i == 0 ? kuwait.partnerPort() : LocalGccNetwork.freePort();
            int management = i == 0 ? kuwait.managementPort() : LocalGccNetwork.freePort();
            String name = "kw-node-" + (i + 1);
            Map<String, String> settings = new LinkedHashMap<>();
            for (String argument : network.arguments(GccState.KW)) {
                int equals = argument.indexOf('=');
                settings.put(argument.substring(2, equals), argument.substring(equals + 1));
            }
            settings.putAll(store);
            settings.putAll(extra);
            settings.put("server.port", Integer.toString(national));
            settings.put("jisr.partners.port", Integer.toString(partner));
            settings.put("jisr.management.port", Integer.toString(management));
            settings.put("jisr.cluster.port", Integer.toString(clusterPorts.get(i)));
            settings.put("jisr.cluster.members", members);
            settings.put("jisr.outbox.node", name);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    JisrGatewayApplication.class.getName()));
            // Each setting once: a repeated command-line option would be read as a list of both values.
            settings.forEach((key, value) -> command.add("--" + key + "=" + value));
            Path log = logs.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            cluster.nodes.add(new Node(name, national, partner, management, clusterPorts.get(i), process, log));
        }
        return cluster;
    }

    Node node(int number) {
        return nodes.get(number - 1);
    }

    List<Node> alive() {
        return nodes.stream().filter(node -> node.process().isAlive()).toList();
    }

    /** The node's readiness as a load balancer sees it: status code and body. */
    static HttpResponse<String> readiness(Node node) {
        try {
            return operators().send(HttpRequest.newBuilder(node.management().resolve("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    static boolean ready(Node node) {
        HttpResponse<String> answer = readiness(node);
        return answer != null && answer.statusCode() == 200;
    }

    static JsonNode tracking(Node node, String trackingId) {
        try {
            return JSON.readTree(trafficAgency().send(HttpRequest.newBuilder(node.api().resolve("/api/v1/messages/" + trackingId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    static void awaitCondition(Duration patience, BooleanSupplier condition, Supplier<String> whatIsMissing)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + patience + ": " + whatIsMissing.get());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.process().destroyForcibly();
        }
        for (Node node : nodes) {
            try {
                node.process().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
