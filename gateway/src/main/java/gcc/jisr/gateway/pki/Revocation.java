package gcc.jisr.gateway.pki;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One entry of the GCC certificate revocation list: which certificate, revoked since when. */
public record Revocation(BigInteger serial, Instant revokedAt) {

    public Revocation {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
        revokedAt = revokedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The entries of a CRL, oldest revocation first. */
    public static List<Revocation> listedIn(X509CRL crl) {
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        if (entries == null) {
            return List.of();
        }
        return entries.stream()
                .map(e -> new Revocation(e.getSerialNumber(), e.getRevocationDate().toInstant()))
                .sorted(Comparator.comparing(Revocation::revokedAt).thenComparing(Revocation::serial))
                .toList();
    }

    /** The serial as the command line and {@code openssl x509 -serial} show it: upper-case hexadecimal. */
    public String serialHex() {
        return serial.toString(16).toUpperCase(java.util.Locale.ROOT);
    }
}
