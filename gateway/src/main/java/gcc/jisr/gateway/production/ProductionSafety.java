package gcc.jisr.gateway.production;

import gcc.jisr.gateway.pki.GatewayCertificates;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The production profile's promise: a gateway started with {@code --spring.profiles.active=production} runs on no
 * development default. Every default that makes a gateway run with no set-up (its own CA, a known key-store password,
 * simulated registries, a store without a password, unsigned SOAP, plain HTTP or an open Hazelcast member on the
 * network) is checked at once, and the gateway refuses to start, naming each one and its fix.
 *
 * <p>A run listener, called once the environment is prepared (application.yml and application-production.yml read, the
 * profiles known) and before the application context exists: no bean has been made, so no port is open, no development
 * PKI written and no database file created when the refusal comes.
 */
public class ProductionSafety implements SpringApplicationRunListener, Ordered {

    public static final String PROFILE = "production";

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<UnsafeSetting> unsafe = unsafeSettings(environment);
        if (!unsafe.isEmpty()) {
            throw new UnsafeProductionSettings(unsafe);
        }
    }

    /** After Spring Boot's own listener, which reads the configuration files into the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Every development default in force in this environment; the defaults are those of the gateway's settings. */
    public static List<UnsafeSetting> unsafeSettings(Environment environment) {
        Settings settings = new Settings(Binder.get(environment));
        List<UnsafeSetting> unsafe = new ArrayList<>();
        if (settings.flag("jisr.trust.create-development-pki", true)) {
            unsafe.add(new UnsafeSetting("jisr.trust.create-development-pki", "true",
                    "when a key store is missing the gateway creates its own GCC root CA and certificates, which no partner"
                            + " trusts and whose root key lies on this machine",
                    "set " + named("jisr.trust.create-development-pki") + " to false and install the key stores issued"
                            + " by the GCC CA in jisr.trust.directory"));
        }
        String password = settings.text("jisr.trust.password", GatewayCertificates.DEFAULT_PASSWORD);
        if (password.isEmpty() || password.equals(GatewayCertificates.DEFAULT_PASSWORD)) {
            unsafe.add(new UnsafeSetting("jisr.trust.password",
                    password.isEmpty() ? "empty" : "the development password",
                    "anyone who copies the key stores opens them and holds this gateway's TLS and signing keys",
                    "set " + named("jisr.trust.password") + " to the key stores' password"));
        }
        if (settings.flag("jisr.simulators.enabled", true)) {
            unsafe.add(new UnsafeSetting("jisr.simulators.enabled", "true",
                    "registries, traffic systems and pension funds without a configured address are answered by"
                            + " simulators with invented people",
                    "set " + named("jisr.simulators.enabled") + " to false and configure this state's national"
                            + " systems (jisr.registries.civil-registry, jisr.pension.fund.url, ...)"));
        }
        unsafeStore(settings).ifPresent(unsafe::add);
        if (!settings.flag("jisr.soap.require-signed-requests", false)) {
            unsafe.add(new UnsafeSetting("jisr.soap.require-signed-requests", "false",
                    "unsigned SOAP requests are accepted: nothing proves which agency sent them",
                    "set " + named("jisr.soap.require-signed-requests") + " to true"));
        }
        String serverAddress = settings.text("server.address", "");
        if (!settings.flag("jisr.national.tls.enabled", true) && !loopback(serverAddress)) {
            unsafe.add(new UnsafeSetting("jisr.national.tls.enabled",
                    "false, with server.address " + shown(serverAddress) + " on port " + settings.text("server.port", "8080"),
                    "the national API (civil IDs, violations, pension records) is plain HTTP on the network: whoever"
                            + " is on the path reads and changes it",
                    "set " + named("jisr.national.tls.enabled") + " to true, or bind " + named("server.address")
                            + " to 127.0.0.1 behind a TLS proxy on the same host"));
        }
        String managementAddress = settings.text("jisr.management.address", "127.0.0.1");
        if (!settings.flag("jisr.management.tls.enabled", true) && !loopback(managementAddress)) {
            unsafe.add(new UnsafeSetting("jisr.management.tls.enabled",
                    "false, with jisr.management.address " + shown(managementAddress) + " on port "
                            + settings.text("jisr.management.port", "(unset)"),
                    "operators' passwords and tokens, the admin API and the metrics cross the network in plain HTTP",
                    "set " + named("jisr.management.tls.enabled") + " to true, or bind "
                            + named("jisr.management.address") + " to 127.0.0.1"));
        }
        unsafeCluster(settings).ifPresent(unsafe::add);
        return List.copyOf(unsafe);
    }

    /** H2 with no password: whoever reaches the database (a file, or an H2 server) reads and rewrites the archive. */
    private static Optional<UnsafeSetting> unsafeStore(Settings settings) {
        String url = settings.text("spring.datasource.url", "");
        boolean h2 = url.isEmpty() || url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        if (!h2 || !settings.text("spring.datasource.password", "").isEmpty()) {
            return Optional.empty();
        }
        String database = url.isEmpty() ? "unset (an embedded in-memory H2)" : url.split(";", 2)[0];
        return Optional.of(new UnsafeSetting("spring.datasource.password",
                "empty, for the H2 store " + database + " as user " + settings.text("spring.datasource.username", "sa"),
                "the store, which archives every envelope with its personal data, opens for anyone without a password",
                "point " + named("spring.datasource.url") + " at this state's PostgreSQL database with its "
                        + named("spring.datasource.username") + " and " + named("spring.datasource.password")
                        + ", or give the H2 store a user and password"));
    }

    /**
     * An embedded Hazelcast member serves every map (replay keys, partner suspensions, rate limits, operator lockouts)
     * to whoever connects to it: off loopback it must listen on one interface and know its peers by name.
     */
    private static Optional<UnsafeSetting> unsafeCluster(Settings settings) {
        if (settings.text("jisr.cluster.mode", "embedded").equalsIgnoreCase("client")) {
            return Optional.empty();
        }
        String address = settings.text("jisr.cluster.address", "127.0.0.1");
        if (anyInterface(address)) {
            return Optional.of(new UnsafeSetting("jisr.cluster.address", address,
                    "the embedded Hazelcast member would listen on more than one interface",
                    "set " + named("jisr.cluster.address") + " to this node's one address on the network its cluster"
                            + " uses, e.g. 10.20.0.11"));
        }
        List<String> members = settings.list("jisr.cluster.members");
        if (!loopback(address) && members.isEmpty()) {
            return Optional.of(new UnsafeSetting("jisr.cluster.members",
                    "empty, with jisr.cluster.address " + address,
                    "the embedded Hazelcast member listens on the network with no cluster of its own: it is exposed"
                            + " for nothing",
                    "list this state's gateway nodes in " + named("jisr.cluster.members")
                            + ", e.g. 10.20.0.11:5701,10.20.0.12:5701, or set jisr.cluster.address to 127.0.0.1 for a"
                            + " single node"));
        }
        return Optional.empty();
    }

    private static String named(String setting) {
        return setting + " (" + UnsafeSetting.environmentVariable(setting) + ")";
    }

    private static String shown(String address) {
        return address.isBlank() ? "unset (every interface)" : address;
    }

    /** Whether the name is a loopback address; a name that does not resolve is not. */
    static boolean loopback(String host) {
        String name = host == null ? "" : host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.isEmpty()) {
            // Unset: every interface (InetAddress would answer loopback for an empty name).
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The wildcard address, or a Hazelcast interface pattern (10.20.0.*, 10.20.0.10-20), rather than one address. */
    static boolean anyInterface(String address) {
        String name = address.strip();
        if (name.isEmpty() || name.contains("*") || name.matches(".*\\d-\\d.*")) {
            return true;
        }
        try {
            return InetAddress.getByName(name).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The settings as the gateway will bind them: relaxed names, environment variables and profile files included. */
    private record Settings(Binder binder) {

        boolean flag(String name, boolean otherwise) {
            return binder.bind(name, Boolean.class).orElse(otherwise);
        }

        String text(String name, String otherwise) {
            return binder.bind(name, String.class).orElse(otherwise);
        }

        List<String> list(String name) {
            return binder.bind(name, Bindable.listOf(String.class)).orElse(List.of()).stream()
                    .filter(member -> !member.isBlank()).toList();
        }
    }
}
