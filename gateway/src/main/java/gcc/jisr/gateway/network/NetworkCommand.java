package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        DevelopmentOperators operators = DevelopmentOperators.in(directory);
        network.start(directory, password, operators.settings());
        describe(network, directory, operators, System.out);
        new CountDownLatch(1).await();
    }

    private static void describe(LocalGccNetwork network, Path directory, DevelopmentOperators operators, PrintStream out) {
        out.println();
        out.println("GCC network up: one gateway per state, mutual TLS between them, keys in the development CA");
        out.println("state  national API (REST, SOAP)   partner port (mTLS)       management (admin API, console)");
        for (LocalGccNetwork.Node node : network.nodes()) {
            out.printf("%-6s %-27s https://127.0.0.1:%-8d %s%n", node.state(), node.nationalUrl(), node.partnerPort(),
                    node.managementUrl());
        }
        out.println();
        out.println("Agencies' development credentials (PEM for curl --cert): " + directory.resolve("agencies"));
        out.println("The GCC root to trust (curl --cacert): " + directory.resolve("gcc-root.pem"));
        out.println("Operators of every gateway (HTTP Basic on the management port), passwords in "
                + operators.directory() + ":");
        operators.describe(out);
        LocalGccNetwork.Node sa = network.node(GccState.SA);
        out.println();
        out.println("A Saudi agency verifies a Kuwaiti civil ID through the SA and KW gateways:");
        out.println("curl -s --cacert " + directory.resolve("gcc-root.pem") + " --cert " + directory.resolve("agencies/sa-jawazat.pem")
                + " -X POST " + sa.nationalUrl() + "/api/v1/civil-id/verifications \\");
        out.println("  -H 'Content-Type: application/json' -d '{\"requester\":{\"state\":\"SA\",\"agency\":\"JAWAZAT\"},"
                + "\"purpose\":\"BORDER_CROSSING\",\"civilId\":\"285010100015\",\"issuingState\":\"KW\"}'");
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
