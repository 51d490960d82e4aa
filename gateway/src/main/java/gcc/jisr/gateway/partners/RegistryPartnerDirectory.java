package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.PartnerDirectory;

import java.net.URI;
import java.util.Optional;

/**
 * Where partner gateways are, read through the registry at every message: an endpoint an operator changed is used by
 * the next envelope sent, on every node.
 */
public final class RegistryPartnerDirectory implements PartnerDirectory {

    private final PartnerRegistry registry;

    public RegistryPartnerDirectory(PartnerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<URI> gatewayOf(GccState state) {
        return registry.current().partner(state).map(RegisteredPartner::gatewayUrl);
    }
}
