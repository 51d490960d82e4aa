package gcc.jisr.gateway.metrics;

import gcc.jisr.gateway.admin.partners.CertificateView;
import gcc.jisr.gateway.admin.partners.PartnerOverview;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.partners.PartnerRegistrySnapshot;
import gcc.jisr.gateway.partners.RegisteredCertificate;
import gcc.jisr.gateway.partners.RegisteredPartner;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@value #DAYS_LEFT} of this gateway's own certificates (TLS, signing), of the GCC root, and of the partners'
 * certificates that admins registered and have not retired, so that an alert fires before one expires (the admin API
 * warns at 30 and 7 days). The key stores are read again at most once per {@link #FRESHNESS}, which also picks up a
 * rotated certificate. A partner certificate gets its gauge (tag {@code PARTNER <state> <fingerprint, 16 digits>})
 * at the first scrape after it was registered, and loses it at the first scrape after it was retired.
 */
final class CertificateGauges {

    static final String DAYS_LEFT = "jisr.certificate.days.left";
    static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final Supplier<List<CertificateView>> certificates;
    private final PartnerRegistry partners;
    private final Clock clock;
    private List<CertificateView> views = List.of();
    private Instant readAt = Instant.MIN;
    private MeterRegistry meters;
    private PartnerRegistrySnapshot bound;
    private final Map<String, Gauge> partnerGauges = new HashMap<>();

    CertificateGauges(PartnerOverview overview, PartnerRegistry partners, Clock clock) {
        this.certificates = overview::ownCertificates;
        this.partners = partners;
        this.clock = clock;
    }

    void register(MeterRegistry registry) {
        this.meters = registry;
        for (CertificateView view : current()) {
            Gauge.builder(DAYS_LEFT, this, gauges -> gauges.daysLeft(view.use()))
                    .description("Whole days until the certificate expires")
                    .tag("certificate", view.use()).register(registry);
        }
        bindPartnerCertificates();
    }

    private double daysLeft(String use) {
        bindPartnerCertificates();
        return current().stream().filter(view -> view.use().equals(use)).mapToDouble(CertificateView::daysLeft)
                .findFirst().orElse(Double.NaN);
    }

    private synchronized List<CertificateView> current() {
        Instant now = clock.instant();
        if (readAt.plus(FRESHNESS).isBefore(now)) {
            views = certificates.get();
            readAt = now;
        }
        return views;
    }

    /** Gauges for the registered partner certificates not retired, when the registry changed since the last scrape. */
    private synchronized void bindPartnerCertificates() {
        PartnerRegistrySnapshot snapshot = partners.current();
        if (snapshot == bound || meters == null) {
            return;
        }
        bound = snapshot;
        Set<String> wanted = new HashSet<>();
        for (RegisteredPartner partner : snapshot.partners()) {
            for (RegisteredCertificate certificate : partner.certificates()) {
                if (certificate.retiredAt() != null) {
                    continue;
                }
                String use = "PARTNER " + partner.state() + " " + certificate.fingerprint().substring(0, 16);
                wanted.add(use);
                Instant notAfter = certificate.certificate().getNotAfter().toInstant();
                partnerGauges.computeIfAbsent(use, u -> Gauge.builder(DAYS_LEFT, this,
                                gauges -> Duration.between(gauges.clock.instant(), notAfter).toDays())
                        .description("Whole days until the certificate expires")
                        .tag("certificate", u).register(meters));
            }
        }
        partnerGauges.entrySet().removeIf(entry -> {
            if (!wanted.contains(entry.getKey())) {
                meters.remove(entry.getValue());
                return true;
            }
            return false;
        });
    }
}
