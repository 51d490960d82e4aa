package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The authorization matrix: which partner state may call which service, for which purposes. Everything not granted
 * is refused; grants of the same partner add up. Which attributes a partner then sees is the disclosure policy's
 * business, applied to the answer.
 */
public final class PartnerAuthorization {

    private final Map<GccState, Set<String>> services = new EnumMap<>(GccState.class);
    private final Map<GccState, Set<PurposeCode>> purposes = new EnumMap<>(GccState.class);

    public PartnerAuthorization(Collection<PartnerGrant> grants) {
        for (PartnerGrant grant : grants) {
            services.computeIfAbsent(grant.partner(), s -> new HashSet<>()).addAll(grant.services());
            purposes.computeIfAbsent(grant.partner(), s -> new HashSet<>()).addAll(grant.purposes());
        }
    }

    /** @throws JisrException UNKNOWN_PARTNER or SERVICE_NOT_GRANTED */
    public void requireService(GccState partner, String service) {
        Set<String> granted = services.get(partner);
        if (granted == null) {
            throw new JisrException(JisrError.UNKNOWN_PARTNER, partner + " is not a partner of this gateway");
        }
        if (!granted.contains(service)) {
            throw new JisrException(JisrError.SERVICE_NOT_GRANTED, partner + " may not call " + service);
        }
    }

    /** @throws JisrException PURPOSE_NOT_GRANTED */
    public void requirePurpose(GccState partner, PurposeCode purpose) {
        if (!purposes.getOrDefault(partner, Set.of()).contains(purpose)) {
            throw new JisrException(JisrError.PURPOSE_NOT_GRANTED, partner + " may not ask for the purpose " + purpose);
        }
    }
}
