package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.CountryAdapters;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the civil-ID routes need from outside: the adapters present, where each registry answers, how long to wait
 * for it, and the disclosure policy. Built by the application from its configuration.
 */
public record CivilIdRouteSettings(CountryAdapters adapters, RegistryDirectory registries, Duration registryTimeout,
                                   DisclosurePolicy disclosurePolicy, Clock clock) {

    public CivilIdRouteSettings {
        Objects.requireNonNull(adapters, "adapters");
        Objects.requireNonNull(registries, "registries");
        Objects.requireNonNull(disclosurePolicy, "disclosurePolicy");
        Objects.requireNonNull(clock, "clock");
        if (registryTimeout == null || registryTimeout.isNegative() || registryTimeout.isZero()) {
            throw new IllegalArgumentException("the registry timeout must be positive");
        }
    }
}
