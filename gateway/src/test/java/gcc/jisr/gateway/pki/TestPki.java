package gcc.jisr.gateway.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed moment and validity periods around it, so that every test judges time the same way. */
final class TestPki {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestPki() {
    }

    /** A root that was created a year ago, so that certificates already expired can still come from it. */
    static GccCertificateAuthority rootCa() {
        return GccCertificateAuthority.createRoot(new CertificateValidity(daysFromNow(-365), daysFromNow(3650)));
    }

    static CertificateValidity current() {
        return new CertificateValidity(daysFromNow(-1), daysFromNow(365));
    }

    static CertificateValidity expired() {
        return new CertificateValidity(daysFromNow(-60), daysFromNow(-1));
    }

    static CertificateValidity notYetValid() {
        return new CertificateValidity(daysFromNow(1), daysFromNow(60));
    }

    static Instant daysFromNow(int days) {
        return NOW.plus(Duration.ofDays(days));
    }
}
