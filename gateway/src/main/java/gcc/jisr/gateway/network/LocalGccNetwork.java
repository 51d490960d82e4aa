package gcc.jisr.gateway.network;

import gcc.jisr.gateway.national.DevelopmentAgencies;
import org.slf4j.MDC;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import gcc.jisr.routes.partner.GccServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A GCC network on one machine: one gateway per state, each with its simulated national systems, on loopback ports,
 * with keys from one development GCC CA, every state a partner of every other for civil-ID verification. For
 * newcomers ({@code java -jar jisr-gateway.jar network}) and for the end-to-end tests.
 */
public final class LocalGccNetwork implements AutoCloseable {

    /** Where one state's gateway listens. */
    public record Node(GccState state, int nationalPort, int partnerPort, int managementPort, int clusterPort) {

        /** The national API, over TLS: agencies call it with their credentials ({@code <pki>/agencies}). */
        public String nationalUrl() {
            return "https://127.0.0.1:" + nationalPort;
        }

        /** The admin API, console and actuator, over TLS. */
        public String managementUrl() {
            return "https://127.0.0.1:" + managementPort;
        }
    }

    private final Map<GccState, Node> nodes;
    private final Map<GccState, ConfigurableApplicationContext> running = new EnumMap<>(GccState.class);
    private Path pkiDirectory;
    private String password;
    private Map<String, String> extraSettings = Map.of();

    private LocalGccNetwork(Map<GccState, Node> nodes) {
        this.nodes = nodes;
    }

    /** Ports base+1… (national), base+101… (partner), base+201… (management), in the order of {@link GccState#values()}. */
    public static LocalGccNetwork onPorts(int basePort, List<GccState> states) {
        Map<GccState, Node> nodes = new EnumMap<>(GccState.class);
        for (GccState state : states) {
            int i = state.ordinal() + 1;
            nodes.put(state, new Node(state, basePort + i, basePort + 100 + i, basePort + 200 + i, 5701 + 10 * i));
        }
        return new LocalGccNetwork(nodes);
    }

    /** Free ports picked by the system, for tests that run beside other servers. */
    public static LocalGccNetwork onFreePorts(List<GccState> states) {
        Map<GccState, Node> nodes = new EnumMap<>(GccState.class);
        for (GccState state : states) {
            nodes.put(state, new Node(state, freePort(), freePort(), freePort(), 5701 + 10 * (state.ordinal() + 1)));
        }
        return new LocalGccNetwork(nodes);
    }

    /**
     * Creates the development CA, every state's gateway certificates, every state's agency CA and the development
     * agencies' credentials in the directory if they are not there yet.
     */
    public static GatewayCertificates developmentPki(Path directory, String password, Clock clock) {
        GatewayCertificates certificates = new GatewayCertificates(directory, password.toCharArray());
        if (!certificates.hasAuthority()) {
            GccCertificateAuthority authority = GccCertificateAuthority.createRoot(CertificateValidity.forDays(clock, 3650));
            certificates.writeAuthority(authority);
            certificates.writeCrl(authority.emptyCrl(clock.instant(), clock.instant().plus(Duration.ofDays(30))));
        }
        GccCertificateAuthority authority = certificates.loadAuthority();
        for (GccState state : GccState.values()) {
            for (CertificateKind kind : CertificateKind.values()) {
                if (!certificates.hasCredential(state, kind)) {
                    certificates.writeCredential(authority.issue(state, kind, CertificateValidity.forDays(clock, 365)));
                }
            }
        }
        DevelopmentPki.ensureAgencies(certificates, DevelopmentAgencies.DEFAULT, true, clock);
        return certificates;
    }

    /** Starts every gateway, one after the other; extra settings (e.g. a log level) go to all of them. */
    public LocalGccNetwork start(Path pkiDirectory, String password, Map<String, String> extraSettings) {
        prepare(pkiDirectory, password, extraSettings);
        for (Node node : nodes.values()) {
            start(node.state());
        }
        return this;
    }

    /** Keys and settings for every gateway, none started yet: start them one by one, or in processes of their own. */
    public LocalGccNetwork prepare(Path pkiDirectory, String password, Map<String, String> extraSettings) {
        developmentPki(pkiDirectory, password, Clock.systemUTC());
        this.pkiDirectory = pkiDirectory;
        this.password = password;
        this.extraSettings = Map.copyOf(extraSettings);
        return this;
    }

    /** The command-line arguments that start this state's gateway of the network, e.g. in a JVM of its own. */
    public List<String> arguments(GccState state) {
        Map<String, Object> settings = new LinkedHashMap<>(settingsOf(nodes.get(state), pkiDirectory, password));
        settings.putAll(extraSettings);
        // As command-line arguments: they take precedence over application.yml, as an operator's would.
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Starts one gateway of a started network again (after {@link #stop}), on its own ports, with the same settings. */
    public ConfigurableApplicationContext start(GccState state) {
        // The start-up's own lines, on this thread, name the gateway as its request and Camel threads' lines do.
        MDC.put("camel.contextId", "jisr-" + state.name().toLowerCase(Locale.ROOT));
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(JisrGatewayApplication.class).run(arguments(state).toArray(String[]::new));
        } finally {
            MDC.remove("camel.contextId");
        }
        running.put(state, context);
        return context;
    }

    /** Stops one gateway, as a partner in maintenance would be: its partners find nobody at its address. */
    public void stop(GccState state) {
        ConfigurableApplicationContext context = running.remove(state);
        if (context != null) {
            context.close();
        }
    }

    private Map<String, Object> settingsOf(Node node, Path pkiDirectory, String password) {
        Map<String, Object> settings = new LinkedHashMap<>();
        String gateway = "jisr-" + node.state().name().toLowerCase(Locale.ROOT);
        settings.put("spring.application.name", gateway);
        // Six gateways share one JVM and one logging system, whose application name is the last one started: each line
        // names its gateway instead, through the Camel context id, which Camel's MDC logging puts on its threads and
        // the surface guard on request threads.
        settings.put("camel.main.name", gateway);
        settings.put("camel.main.use-mdc-logging", "true");
        settings.put("logging.include-application-name", "false");
        settings.put("logging.pattern.level", "%5p [%X{camel.contextId:-}] [%X{correlationId:-}]");
        settings.put("jisr.state", node.state().name());
        settings.put("server.port", node.nationalPort());
        settings.put("server.address", "127.0.0.1");
        settings.put("jisr.partners.port", node.partnerPort());
        settings.put("jisr.management.port", node.managementPort());
        settings.put("jisr.management.address", "127.0.0.1");
        settings.put("jisr.cluster.port", node.clusterPort());
        settings.put("jisr.trust.directory", pkiDirectory.toAbsolutePath().toString());
        settings.put("jisr.trust.password", password);
        settings.put("jisr.trust.create-development-pki", "false");
        String purposes = Arrays.stream(PurposeCode.values()).map(Enum::name).collect(Collectors.joining(","));
        int grant = 0;
        for (Node partner : nodes.values()) {
            if (partner.state() == node.state()) {
                continue;
            }
            settings.put("jisr.partners.gateways." + partner.state(), "https://127.0.0.1:" + partner.partnerPort());
            settings.put("jisr.partners.grants[" + grant + "].partner", partner.state().name());
            settings.put("jisr.partners.grants[" + grant + "].services[0]", GccServices.CIVIL_ID_VERIFY);
            settings.put("jisr.partners.grants[" + grant + "].services[1]", GccServices.TRAFFIC_NOTICE);
            settings.put("jisr.partners.grants[" + grant + "].services[2]", GccServices.TRAFFIC_STATUS);
            settings.put("jisr.partners.grants[" + grant + "].services[3]", GccServices.TRAFFIC_ACKNOWLEDGEMENT);
            int service = 4;
            for (String pension : List.of(GccServices.PENSION_CONTRIBUTION_REPORT, GccServices.PENSION_SERVICE_PERIODS,
                    GccServices.PENSION_NOTICE, GccServices.PENSION_CONTRIBUTION_ACKNOWLEDGEMENT,
                    GccServices.PENSION_ACKNOWLEDGEMENT)) {
                settings.put("jisr.partners.grants[" + grant + "].services[" + service++ + "]", pension);
            }
            settings.put("jisr.partners.grants[" + grant + "].purposes", purposes);
            grant++;
        }
        return settings;
    }

    public Node node(GccState state) {
        return nodes.get(state);
    }

    public List<Node> nodes() {
        return new ArrayList<>(nodes.values());
    }

    public ConfigurableApplicationContext context(GccState state) {
        return running.get(state);
    }

    @Override
    public void close() {
        running.values().forEach(ConfigurableApplicationContext::close);
        running.clear();
    }

    /*
     * Below Linux's ephemeral range (32768-60999): a port the system picks with port 0 comes from that range, and the
     * gateways started first open client connections whose local ports come from it too, so such a port could be
     * taken by the time the later gateways of the network bind it.
     */
    private static final int FIRST_PORT = 20000;
    private static final int LAST_PORT = 32000;
    private static final AtomicInteger NEXT_PORT = new AtomicInteger(
            FIRST_PORT + ThreadLocalRandom.current().nextInt(LAST_PORT - FIRST_PORT));

    /** A free loopback port between 20000 and 32000, for a server another process will bind. */
    public static int freePort() {
        for (int tries = 0; tries < LAST_PORT - FIRST_PORT; tries++) {
            int port = FIRST_PORT + Math.floorMod(NEXT_PORT.getAndIncrement() - FIRST_PORT, LAST_PORT - FIRST_PORT);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FIRST_PORT + " and " + LAST_PORT));
    }
}
