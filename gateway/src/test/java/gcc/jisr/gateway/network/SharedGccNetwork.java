package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One network of six real gateways for every test class that needs it, started by the first and stopped when the
 * whole test run ends: starting six Spring contexts costs more than most of the tests that use them.
 */
public final class SharedGccNetwork implements BeforeAllCallback {

    /** Operators of every gateway's admin API: name, password, role. */
    public static final List<String[]> OPERATORS = List.of(
            new String[] {"auditor", "auditor-secret", "AUDITOR"},
            new String[] {"operator", "operator-secret", "OPERATOR"});

    /** The network's development PKI: the GCC root, every gateway's keys, the agency CAs and agencies' credentials. */
    public static final Path PKI = Path.of("target", "gcc-network-test-pki");

    /** Each state's traffic agency: what a notice names as its reporter, and who may read it at the receiving gateway. */
    public static final Map<GccState, String> TRAFFIC_AGENCIES = Map.of(GccState.KW, "MOI-TRAFFIC", GccState.SA, "MOI-MUROOR",
            GccState.AE, "MOI-UAE-TRAFFIC", GccState.QA, "MOI-QA-TRAFFIC", GccState.BH, "GDT-BH", GccState.OM, "ROP-TRAFFIC");
    /** Each state's social-insurance institution: the host institution of its reports, the sender of its notices. */
    public static final Map<GccState, String> PENSION_INSTITUTIONS = Map.of(GccState.KW, "PIFSS", GccState.SA, "GOSI",
            GccState.AE, "GPSSA", GccState.QA, "GRSIA", GccState.BH, "SIO", GccState.OM, "SPF");

    private static final Map<String, HttpClient> AGENCIES = new ConcurrentHashMap<>();
    private static LocalGccNetwork network;
    private static GatewayCertificates pki;

    public static LocalGccNetwork network() {
        return network;
    }

    public static GatewayCertificates pki() {
        return pki;
    }

    /** An agency system of the state, calling with its certificate of that state's agency CA (issued on first use). */
    public static HttpClient agency(GccState state, String agency) {
        return AGENCIES.computeIfAbsent(state + ":" + agency, id -> AgencyClients.http(PKI, state, agency));
    }

    public static HttpClient trafficAgency(GccState state) {
        return agency(state, TRAFFIC_AGENCIES.get(state));
    }

    public static HttpClient pensionInstitution(GccState state) {
        return agency(state, PENSION_INSTITUTIONS.get(state));
    }

    /** An operator's client for the gateways' management ports: TLS trusting the network's GCC root, no certificate. */
    public static HttpClient operators() {
        return AGENCIES.computeIfAbsent("operators", none -> AgencyClients.anonymous(PKI));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SharedGccNetwork.class) {
            if (network != null) {
                return;
            }
            Path directory = PKI;
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
