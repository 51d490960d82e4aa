package gcc.jisr.gateway.national;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.ratelimit.RateLimitProperties;
import gcc.jisr.gateway.ratelimit.SharedTokenBuckets;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.partner.RateLimitExceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agencies' grants: what operators set for an agency at run time ({@link AgencyRegistry}) or else what
 * {@code jisr.national.grants} grants it; then its rate limit from {@code jisr.national.rate-limits}. A refusal is
 * audited like every other. Rate limits take from the cluster's shared token buckets, one per agency and
 * service, so that the sum over the nodes stays within the limit.
 */
final class GrantedAgencyAdmission implements AgencyAdmission {

    private static final Logger AUDIT = LoggerFactory.getLogger("jisr.audit");

    private final List<NationalApiProperties.AgencyGrant> grants;
    private final List<NationalApiProperties.AgencyRateLimit> limits;
    private final SharedTokenBuckets buckets;
    private final AgencyRegistry registry;

    GrantedAgencyAdmission(List<NationalApiProperties.AgencyGrant> grants, List<NationalApiProperties.AgencyRateLimit> limits,
                           SharedTokenBuckets buckets, AgencyRegistry registry) {
        this.registry = registry;
        this.grants = List.copyOf(grants);
        this.limits = List.copyOf(limits);
        this.buckets = buckets;
    }

    @Override
    public void admit(AgencyCaller caller, String service, String purpose) {
        Optional<AgencyRegistry.RegisteredAgency> registered = registry.find(caller.state(), caller.agency());
        if (registered.isPresent()) {
            admitRegistered(caller, registered.get(), service, purpose);
        } else {
            admitConfigured(caller, service, purpose);
        }
        limit(caller, service);
    }

    private void admitRegistered(AgencyCaller caller, AgencyRegistry.RegisteredAgency agency, String service, String purpose) {
        if (!agency.enabled()) {
            refuse(caller, new JisrException(JisrError.AGENCY_NOT_GRANTED, caller.id() + " is disabled by this gateway's"
                    + " operators (" + agency.changedBy() + ", " + agency.changedAt() + ")"));
        }
        if (!agency.services().contains("*") && !agency.services().contains(service)) {
            refuse(caller, new JisrException(JisrError.AGENCY_NOT_GRANTED, caller.id() + " may not call " + service + " here"));
        }
        if (purpose != null && !agency.purposes().isEmpty() && !agency.purposes().contains(purpose)) {
            refuse(caller, new JisrException(JisrError.PURPOSE_NOT_GRANTED, caller.id() + " may not ask " + service
                    + " for the purpose " + purpose));
        }
    }

    private void admitConfigured(AgencyCaller caller, String service, String purpose) {
        List<NationalApiProperties.AgencyGrant> forService = grants.stream()
                .filter(g -> matches(g.state(), caller.state().code()) && matches(g.agency(), caller.agency()))
                .filter(g -> g.services().contains("*") || g.services().contains(service))
                .toList();
        if (forService.isEmpty()) {
            refuse(caller, new JisrException(JisrError.AGENCY_NOT_GRANTED, caller.id() + " may not call " + service + " here"));
        }
        if (purpose != null && forService.stream().noneMatch(g -> g.purposes().isEmpty() || g.purposes().contains(purpose))) {
            refuse(caller, new JisrException(JisrError.PURPOSE_NOT_GRANTED, caller.id() + " may not ask " + service
                    + " for the purpose " + purpose));
        }
    }

    private void limit(AgencyCaller caller, String service) {
        Optional<NationalApiProperties.AgencyRateLimit> limit = limits.stream()
                .filter(l -> matches(l.state(), caller.state().code()) && matches(l.agency(), caller.agency())
                        && matches(l.service(), service))
                .max(Comparator.comparingInt(GrantedAgencyAdmission::specificity));
        if (limit.isPresent()) {
            NationalApiProperties.AgencyRateLimit l = limit.get();
            Duration wait = buckets.take("agency:" + caller.id() + "/" + service,
                    new RateLimitProperties.Limit("*", service, l.capacity(), l.perSecond()));
            if (!wait.isZero()) {
                throw new RateLimitExceeded(caller.id() + " has called " + service + " more often than its rate limit allows; call"
                        + " again in " + RateLimitExceeded.wholeSeconds(wait) + "s", wait);
            }
        }
    }

    private static void refuse(AgencyCaller caller, JisrException refusal) {
        AUDIT.warn("national caller={} credential={} refused={} {}", caller.id(), caller.credential(), refusal.error().code(),
                refusal.getMessage());
        throw refusal;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equalsIgnoreCase(value);
    }

    private static int specificity(NationalApiProperties.AgencyRateLimit limit) {
        return (limit.state().equals("*") ? 0 : 4) + (limit.agency().equals("*") ? 0 : 2) + (limit.service().equals("*") ? 0 : 1);
    }
}
