package gcc.jisr.gateway.metrics;

import gcc.jisr.gateway.admin.partners.CertificateView;
import gcc.jisr.gateway.admin.partners.PartnerOverview;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@value #DAYS_LEFT} of this gateway's own certificates (TLS, signing) and of the GCC root, so that an alert fires
 * before one expires (the admin API warns at 30 and 7 days). The key stores are read again at most once per
 * {@link #FRESHNESS}, which also picks up a rotated certificate.
 */
final class CertificateGauges {

    static final String DAYS_LEFT = "jisr.certificate.days.left";
    static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final Supplier<List<CertificateView>> certificates;
    private final Clock clock;
    private List<CertificateView> views = List.of();
    private Instant readAt = Instant.MIN;

    CertificateGauges(PartnerOverview partners, Clock clock) {
        this.certificates = partners::ownCertificates;
        this.clock = clock;
    }

    void register(MeterRegistry registry) {
        for (CertificateView view : current()) {
            Gauge.builder(DAYS_LEFT, this, gauges -> gauges.daysLeft(view.use()))
                    .description("Whole days until the certificate expires")
                    .tag("certificate", view.use()).register(registry);
        }
    }

    private double daysLeft(String use) {
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
}
