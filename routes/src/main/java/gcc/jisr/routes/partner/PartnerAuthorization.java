package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The authorization matrix: which partner state may call which service, for which purposes, and which partners this
 * gateway's operators have disabled. Everything not granted is refused; grants of the same partner add up. Which
 * attributes a partner then sees is the disclosure policy's business, applied to the answer.
 * <p>
 * Operators change the matrix at runtime: it is read from its source at every call, and compiled again only when the
 * source hands out another {@link Matrix} than the last one (the gateway's registry keeps the same instance until a
 * change), so a change applies from the next message on.
 */
public final class PartnerAuthorization {

    /** The grants and the disabled partners at one moment. */
    public record Matrix(Collection<PartnerGrant> grants, Set<GccState> disabled) {

        public Matrix {
            grants = List.copyOf(grants);
            disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(disabled);
        }
    }

    private record Compiled(Matrix source, Map<GccState, Set<String>> services, Map<GccState, Set<PurposeCode>> purposes) {

        static Compiled of(Matrix matrix) {
            Map<GccState, Set<String>> services = new EnumMap<>(GccState.class);
            Map<GccState, Set<PurposeCode>> purposes = new EnumMap<>(GccState.class);
            for (PartnerGrant grant : matrix.grants()) {
                services.computeIfAbsent(grant.partner(), s -> new HashSet<>()).addAll(grant.services());
                purposes.computeIfAbsent(grant.partner(), s -> EnumSet.noneOf(PurposeCode.class)).addAll(grant.purposes());
            }
            return new Compiled(matrix, services, purposes);
        }
    }

    private final Supplier<Matrix> source;
    private volatile Compiled compiled;

    /** A fixed matrix, nobody disabled. */
    public PartnerAuthorization(Collection<PartnerGrant> grants) {
        Matrix fixed = new Matrix(grants, Set.of());
        this.source = () -> fixed;
    }

    /** A matrix that operators change: the source is asked at every call. */
    public PartnerAuthorization(Supplier<Matrix> source) {
        this.source = source;
    }

    private Compiled current() {
        Matrix matrix = source.get();
        Compiled known = compiled;
        if (known == null || known.source() != matrix) {
            known = Compiled.of(matrix);
            compiled = known;
        }
        return known;
    }

    /** @throws JisrException PARTNER_DISABLED while this gateway's operators have disabled the partner */
    public void requireEnabled(GccState partner) {
        if (current().source().disabled().contains(partner)) {
            throw new JisrException(JisrError.PARTNER_DISABLED, "this gateway's operators have disabled " + partner
                    + " for now; its envelopes are refused until they enable it again");
        }
    }

    public boolean isEnabled(GccState partner) {
        return !current().source().disabled().contains(partner);
    }

    /** @throws JisrException UNKNOWN_PARTNER or SERVICE_NOT_GRANTED */
    public void requireService(GccState partner, String service) {
        Set<String> granted = current().services().get(partner);
        if (granted == null) {
            throw new JisrException(JisrError.UNKNOWN_PARTNER, partner + " is not a partner of this gateway");
        }
        if (!granted.contains(service)) {
            throw new JisrException(JisrError.SERVICE_NOT_GRANTED, partner + " may not call " + service);
        }
    }

    /** @throws JisrException PURPOSE_NOT_GRANTED */
    public void requirePurpose(GccState partner, PurposeCode purpose) {
        if (!current().purposes().getOrDefault(partner, Set.of()).contains(purpose)) {
            throw new JisrException(JisrError.PURPOSE_NOT_GRANTED, partner + " may not ask for the purpose " + purpose);
        }
    }
}
