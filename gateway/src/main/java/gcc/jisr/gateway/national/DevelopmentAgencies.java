package gcc.jisr.gateway.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agencies a development gateway (and the local network) issues credentials for, so that every call in the README
 * and docs works as written: the traffic, passport, registry and social-insurance agencies the examples name.
 */
public final class DevelopmentAgencies {

    public static final Map<String, List<String>> DEFAULT;

    static {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        // Per state: its traffic agency (as the adapters name it), its civil registry or passport office, its
        // social-insurance institution.
        agencies.put("KW", List.of("MOI-TRAFFIC", "PACI", "PIFSS"));
        agencies.put("SA", List.of("MOI-MUROOR", "JAWAZAT", "GOSI"));
        agencies.put("AE", List.of("MOI-UAE-TRAFFIC", "ICP", "GPSSA"));
        agencies.put("QA", List.of("MOI-QA-TRAFFIC", "MOI", "GRSIA"));
        agencies.put("BH", List.of("GDT-BH", "IGA", "SIO"));
        agencies.put("OM", List.of("ROP-TRAFFIC", "ROP", "SPF"));
        DEFAULT = Map.copyOf(agencies);
    }

    private DevelopmentAgencies() {
    }

    /** The configured list, or the default one when none is configured. */
    public static Map<String, List<String>> orDefault(Map<String, List<String>> configured) {
        return configured == null || configured.isEmpty() ? DEFAULT : configured;
    }
}
