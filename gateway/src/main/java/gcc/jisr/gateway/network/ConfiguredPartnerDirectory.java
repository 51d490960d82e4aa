package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.PartnerDirectory;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The partner gateways named in {@code jisr.partners.gateways}; every one must be an https address. */
final class ConfiguredPartnerDirectory implements PartnerDirectory {

    private final Map<GccState, URI> gateways = new EnumMap<>(GccState.class);

    ConfiguredPartnerDirectory(GccState ownState, Map<GccState, URI> configured) {
        configured.forEach((state, uri) -> {
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("jisr.partners.gateways." + state + " must be https://host:port, not " + uri);
            }
            if (state != ownState) {
                gateways.put(state, uri);
            }
        });
    }

    @Override
    public Optional<URI> gatewayOf(GccState state) {
        return Optional.ofNullable(gateways.get(state));
    }
}
