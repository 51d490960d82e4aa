package gcc.jisr.gateway.registries;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.civilid.RegistryDirectory;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Registry addresses from configuration, falling back to the simulators where none is configured. */
public final class ConfiguredRegistryDirectory implements RegistryDirectory {

    private final Map<GccState, URI> civilRegistries = new EnumMap<>(GccState.class);

    public ConfiguredRegistryDirectory(Map<GccState, URI> configured, SimulatedRegistries simulated) {
        civilRegistries.putAll(simulated.civilRegistries());
        civilRegistries.putAll(configured);
    }

    @Override
    public Optional<URI> civilRegistry(GccState state) {
        return Optional.ofNullable(civilRegistries.get(state));
    }
}
