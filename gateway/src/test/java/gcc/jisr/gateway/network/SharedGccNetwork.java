package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.GatewayCertificates;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One network of six real gateways for every test class that needs it, started by the first and stopped when the
 * whole test run ends: starting six Spring contexts costs more than most of the tests that use them.
 */
public final class SharedGccNetwork implements BeforeAllCallback {

    /** Operators of every gateway's admin API: name, password, role. */
    public static final List<String[]> OPERATORS = List.of(
            new String[] {"auditor", "auditor-secret", "AUDITOR"},
            new String[] {"operator", "operator-secret", "OPERATOR"});

    private static LocalGccNetwork network;
    private static GatewayCertificates pki;

    public static LocalGccNetwork network() {
        return network;
    }

    public static GatewayCertificates pki() {
        return pki;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SharedGccNetwork.class) {
            if (network != null) {
                return;
            }
            Path directory = Path.of("target", "gcc-network-test-pki");
            pki = LocalGccNetwork.developmentPki(directory, "changeit", Clock.systemUTC());
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            Map<String, String> settings = new LinkedHashMap<>(Map.of("jisr.outbox.poll-interval", "100ms",
                    "jisr.outbox.retry.first-interval", "500ms", "jisr.outbox.retry.max-interval", "2s",
                    // Small parts, so that a report of a thousand records travels in several.
                    "jisr.pension.part-records", "400"));
            for (int i = 0; i < OPERATORS.size(); i++) {
                String[] operator = OPERATORS.get(i);
                settings.put("jisr.admin.users[" + i + "].name", operator[0]);
                settings.put("jisr.admin.users[" + i + "].password-hash", bcrypt.encode(operator[1]));
                settings.put("jisr.admin.users[" + i + "].roles", operator[2]);
            }
            network = LocalGccNetwork.onFreePorts(List.of(GccState.values())).start(directory, "changeit", settings);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(SharedGccNetwork.class.getName(), (ExtensionContext.Store.CloseableResource) () -> {
                        synchronized (SharedGccNetwork.class) {
                            network.close();
                            network = null;
                        }
                    });
        }
    }
}
