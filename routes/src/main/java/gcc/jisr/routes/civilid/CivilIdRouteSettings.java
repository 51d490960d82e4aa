package gcc.jisr.routes.civilid;

import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.routes.partner.PartnerRateLimits;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the civil-ID routes need from outside: the adapters present, where each registry answers, how long to wait
 * for it, the disclosure policy, and, in a network of gateways, how to reach the other states and how much the
 * partner states' agencies may ask directly. Built by the application from its configuration.
 */
public record CivilIdRouteSettings(CountryAdapters adapters, RegistryDirectory registries, Duration registryTimeout,
                                   DisclosurePolicy disclosurePolicy, Clock clock, Optional<CivilIdForwarding> forwarding,
                                   PartnerRateLimits requesterLimits, AgencyAdmission agencies) {

    /** A gateway on its own: every civil ID is asked of the registry configured here, and no requester is limited. */
    public CivilIdRouteSettings(CountryAdapters adapters, RegistryDirectory registries, Duration registryTimeout,
                                DisclosurePolicy disclosurePolicy, Clock clock) {
        this(adapters, registries, registryTimeout, disclosurePolicy, clock, Optional.empty(), PartnerRateLimits.UNLIMITED);
    }

    /** Every authenticated agency admitted: for tests of the route alone. */
    public CivilIdRouteSettings(CountryAdapters adapters, RegistryDirectory registries, Duration registryTimeout,
                                DisclosurePolicy disclosurePolicy, Clock clock, Optional<CivilIdForwarding> forwarding,
                                PartnerRateLimits requesterLimits) {
        this(adapters, registries, registryTimeout, disclosurePolicy, clock, forwarding, requesterLimits, AgencyAdmission.EVERYONE);
    }

    public CivilIdRouteSettings {
        Objects.requireNonNull(adapters, "adapters");
        Objects.requireNonNull(registries, "registries");
        Objects.requireNonNull(disclosurePolicy, "disclosurePolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(requesterLimits, "requesterLimits");
        Objects.requireNonNull(agencies, "agencies");
        if (registryTimeout == null || registryTimeout.isNegative() || registryTimeout.isZero()) {
            throw new IllegalArgumentException("the registry timeout must be positive");
        }
    }
}
