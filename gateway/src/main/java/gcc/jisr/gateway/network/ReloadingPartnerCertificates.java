package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.PartnerCertificateCheck;
import gcc.jisr.routes.partner.PartnerCertificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GCC PKI for the routes, with the revocation list re-read as soon as the CA publishes a new one (the file changes):
 * a certificate revoked with {@code pki revoke} is refused from the next message on, without a restart. A partner
 * that operators pinned to registered certificates (admin API) is taken with those only, also from the next message on.
 */
final class ReloadingPartnerCertificates implements PartnerCertificates {

    /** The certificates a partner is pinned to now; none when it is not pinned. */
    interface Pins {
        List<X509Certificate> of(GccState state);
    }

    private final GatewayCertificates certificates;
    private final Pins pins;
    private final Clock clock;
    private volatile Loaded loaded;

    /**
     * Chains already found trustworthy under this revocation list, remembered briefly: the same few partner
     * certificates arrive with every message, and a full PKIX validation each time was a measurable part of the
     * border's cost. A new CRL starts a new memory; a remembered chain is checked again once its first certificate
     * expires or the memory lapses.
     */
    private record Loaded(FileTime crlModified, PartnerCertificateCheck check, Map<List<X509Certificate>, Trusted> trusted) {
    }

    private record Trusted(GccState state, Instant until) {
    }

    private static final Duration TRUST_MEMORY = Duration.ofMinutes(1);
    private static final int MAX_TRUSTED_CHAINS = 1024;

    ReloadingPartnerCertificates(GatewayCertificates certificates, Pins pins, Clock clock) {
        this.certificates = certificates;
        this.pins = pins;
        this.clock = clock;
        this.loaded = load();
    }

    @Override
    public GccState trustedState(List<X509Certificate> chain) {
        Loaded now = currentLoaded();
        Trusted known = now.trusted().get(chain);
        if (known != null && clock.instant().isBefore(known.until())) {
            return pinned(known.state(), chain);
        }
        GccState state = now.check().check(chain);
        if (now.trusted().size() >= MAX_TRUSTED_CHAINS) {
            now.trusted().clear();
        }
        now.trusted().put(chain, new Trusted(state, earliestExpiry(chain).isBefore(clock.instant().plus(TRUST_MEMORY))
                ? earliestExpiry(chain) : clock.instant().plus(TRUST_MEMORY)));
        return pinned(state, chain);
    }

    /** Pinning is checked at every message, outside the memory of trusted chains: a retirement applies at once. */
    private GccState pinned(GccState state, List<X509Certificate> chain) {
        List<X509Certificate> pinned = pins.of(state);
        if (!pinned.isEmpty() && !pinned.contains(chain.get(0))) {
            throw new JisrException(JisrError.CERTIFICATE_NOT_REGISTERED, "the certificate "
                    + chain.get(0).getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT) + " ("
                    + chain.get(0).getSubjectX500Principal().getName() + ") is not one of the " + pinned.size()
                    + " certificates registered for " + state);
        }
        return state;
    }

    private static Instant earliestExpiry(List<X509Certificate> chain) {
        return chain.stream().map(c -> c.getNotAfter().toInstant()).min(Instant::compareTo).orElseThrow();
    }

    private Loaded currentLoaded() {
        Loaded now = loaded;
        if (!now.crlModified().equals(crlModified())) {
            synchronized (this) {
                if (!loaded.crlModified().equals(crlModified())) {
                    loaded = load();
                }
                now = loaded;
            }
        }
        return now;
    }

    private Loaded load() {
        FileTime modified = crlModified();
        return new Loaded(modified, certificates.partnerCheck(clock), new ConcurrentHashMap<>());
    }

    private FileTime crlModified() {
        try {
            return Files.getLastModifiedTime(certificates.crlFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the GCC revocation list " + certificates.crlFile() + " cannot be read", e);
        }
    }
}
