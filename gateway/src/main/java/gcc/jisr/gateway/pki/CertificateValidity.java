package gcc.jisr.gateway.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The period in which a certificate is valid, both ends inclusive as in RFC 5280. X.509 times carry whole
 * seconds only, so both ends are truncated to the second here, where the caller can still see it.
 */
public record CertificateValidity(Instant notBefore, Instant notAfter) {

    /**
     * How far a new certificate's validity is dated back: a partner whose clock runs a little behind must not
     * refuse a certificate issued a moment ago as not yet valid.
     */
    public static final Duration BACKDATING = Duration.ofHours(1);

    public CertificateValidity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        notBefore = notBefore.truncatedTo(ChronoUnit.SECONDS);
        notAfter = notAfter.truncatedTo(ChronoUnit.SECONDS);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
    }

    /** Valid from now (less {@link #BACKDATING}) for the given number of days. */
    public static CertificateValidity forDays(Clock clock, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a certificate must be valid for at least one day, not " + days);
        }
        Instant now = clock.instant();
        return new CertificateValidity(now.minus(BACKDATING), now.plus(Duration.ofDays(days)));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    public boolean encloses(CertificateValidity other) {
        return contains(other.notBefore) && contains(other.notAfter);
    }
}
