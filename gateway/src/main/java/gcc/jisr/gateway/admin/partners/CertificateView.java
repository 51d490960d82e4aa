package gcc.jisr.gateway.admin.partners;

import gcc.jisr.gateway.admin.AdminProperties;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * A certificate as operators need to see it coming to its end: whose it is, its serial, when it expires, how many
 * whole days are left, and OK, WARNING, CRITICAL or EXPIRED by the configured thresholds.
 */
public record CertificateView(String use, String subject, String serial, Instant notAfter, long daysLeft, String severity) {

    static CertificateView of(String use, X509Certificate certificate, Instant now, AdminProperties.CertificateWarnings warnings) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        long daysLeft = Duration.between(now, notAfter).toDays();
        String severity = !notAfter.isAfter(now) ? "EXPIRED"
                : daysLeft <= warnings.criticalDays() ? "CRITICAL"
                : daysLeft <= warnings.warningDays() ? "WARNING" : "OK";
        return new CertificateView(use, certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16), notAfter, daysLeft, severity);
    }
}
