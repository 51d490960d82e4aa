package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.GccState;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** A partner's certificate an operator registered: accepted while neither retired nor expired. */
public record RegisteredCertificate(GccState state, String fingerprint, X509Certificate certificate, Instant registeredAt,
                                    String registeredBy, Instant retiredAt, String retiredBy) {

    public boolean activeAt(Instant now) {
        return retiredAt == null && now.isBefore(certificate.getNotAfter().toInstant());
    }
}
