package gcc.jisr.gateway.admin.partners;

import gcc.jisr.gateway.admin.AdminProperties;
import gcc.jisr.gateway.partners.RegisteredCertificate;

import java.time.Instant;

/**
 * A certificate registered for a partner, as operators see it: which one (its SHA-256 fingerprint), its expiry with the
 * same warnings as this gateway's own, and whether it is still accepted (ACTIVE), was retired, or expired.
 */
public record RegisteredCertificateView(String fingerprint, String subject, String serial, Instant notAfter, long daysLeft,
                                        String severity, String status, Instant registeredAt, String registeredBy,
                                        Instant retiredAt, String retiredBy) {

    static RegisteredCertificateView of(RegisteredCertificate registered, Instant now,
                                        AdminProperties.CertificateWarnings warnings) {
        CertificateView view = CertificateView.of("", registered.certificate(), now, warnings);
        String status = registered.retiredAt() != null ? "RETIRED" : registered.activeAt(now) ? "ACTIVE" : "EXPIRED";
        return new RegisteredCertificateView(registered.fingerprint(), view.subject(), view.serial(), view.notAfter(),
                view.daysLeft(), view.severity(), status, registered.registeredAt(), registered.registeredBy(),
                registered.retiredAt(), registered.retiredBy());
    }
}
