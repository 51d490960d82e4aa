package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A partner state as this gateway treats it now: where its gateway is, what it may call, whether operators disabled
 * it, the certificates they registered for it, and whether that comes from the configuration (jisr.partners) or from
 * an operator's change (the registry).
 */
public record RegisteredPartner(GccState state, URI gatewayUrl, Set<String> services, Set<PurposeCode> purposes,
                                boolean enabled, Source source, List<RegisteredCertificate> certificates) {

    public enum Source { CONFIGURATION, REGISTRY }

    public RegisteredPartner {
        services = Set.copyOf(services);
        purposes = Set.copyOf(purposes);
        certificates = List.copyOf(certificates);
    }

    RegisteredPartner withCertificates(List<RegisteredCertificate> registered) {
        return new RegisteredPartner(state, gatewayUrl, services, purposes, enabled, source, registered);
    }
}
