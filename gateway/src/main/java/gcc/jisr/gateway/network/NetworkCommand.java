package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar jisr-gateway.jar network [--base-port 8100] [--dir data/gcc-network-pki]}: the six gateways of a
 * local GCC network in one process, until interrupted.
 */
public final class NetworkCommand {

    private NetworkCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        int basePort = 8100;
        Path directory = Path.of("data", "gcc-network-pki");
        String password = System.getenv().getOrDefault("JISR_PKI_PASSWORD", "changeit");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base-port" -> basePort = Integer.parseInt(value(args, ++i, "--base-port"));
                case "--dir" -> directory = Path.of(value(args, ++i, "--dir"));
                default -> {
                    System.err.println("usage: java -jar jisr-gateway.jar network [--base-port 8100] [--dir data/gcc-network-pki]");
                    System.exit(2);
                }
            }
        }
        LocalGccNetwork network = LocalGccNetwork.onPorts(basePort, List.of(GccState.values()));
        Runtime.getRuntime().addShutdownHook(new Thread(network::close, "gcc-network-shutdown"));
        network.start(directory, password, Map.of());
        describe(network, System.out);
        new CountDownLatch(1).await();
    }

    private static void describe(LocalGccNetwork network, PrintStream out) {
        out.println();
        out.println("GCC network up: one gateway per state, mutual TLS between them, keys in the development CA");
        out.println("state  national API (REST, SOAP)          partner port (mTLS)");
        for (LocalGccNetwork.Node node : network.nodes()) {
            out.printf("%-6s %-36s https://127.0.0.1:%d%n", node.state(), node.nationalUrl(), node.partnerPort());
        }
        LocalGccNetwork.Node sa = network.node(GccState.SA);
        out.println();
        out.println("A Saudi agency verifies a Kuwaiti civil ID through the SA and KW gateways:");
        out.println("curl -s -X POST " + sa.nationalUrl() + "/api/v1/civil-id/verifications -H 'Content-Type: application/json' \\");
        out.println("  -d '{\"requester\":{\"state\":\"SA\",\"agency\":\"JAWAZAT\"},\"purpose\":\"BORDER_CROSSING\","
                + "\"civilId\":\"285010100015\",\"issuingState\":\"KW\"}'");
        out.println("Ctrl-C stops the network.");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

}
