package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.ReceiptIssuer;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the partner routes need from the application: this gateway's state and signing key, the GCC PKI, the partner
 * directory, authorization matrix and rate limits, the shared seen-ids store, the message archive, and the time limits.
 */
public record PartnerRouteSettings(GccState ownState, EnvelopeSigner signer, PartnerCertificates certificates,
                                   PartnerDirectory partners, PartnerAuthorization authorization, SeenMessages seen,
                                   EnvelopeArchive archive, Duration replayWindow, Duration clockSkew, Duration timeout,
                                   Clock clock, PartnerRateLimits rateLimits) {

    /** Settings with no rate limit on any partner. */
    public PartnerRouteSettings(GccState ownState, EnvelopeSigner signer, PartnerCertificates certificates,
                                PartnerDirectory partners, PartnerAuthorization authorization, SeenMessages seen,
                                EnvelopeArchive archive, Duration replayWindow, Duration clockSkew, Duration timeout,
                                Clock clock) {
        this(ownState, signer, certificates, partners, authorization, seen, archive, replayWindow, clockSkew, timeout, clock,
                PartnerRateLimits.UNLIMITED);
    }

    public PartnerRouteSettings {
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(ownState, "ownState");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(clock, "clock");
        for (Duration d : new Duration[] {replayWindow, clockSkew, timeout}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("partner time limits must not be negative");
            }
        }
    }

    ReceiptIssuer receiptIssuer() {
        return new ReceiptIssuer(signer, ownState, clock);
    }
}
