package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.PartnerCertificateCheck;
import gcc.jisr.routes.partner.PartnerCertificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

/**
 * The GCC PKI for the routes, with the revocation list re-read as soon as the CA publishes a new one (the file changes):
 * a certificate revoked with {@code pki revoke} is refused from the next message on, without a restart.
 */
final class ReloadingPartnerCertificates implements PartnerCertificates {

    private final GatewayCertificates certificates;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(FileTime crlModified, PartnerCertificateCheck check) {
    }

    ReloadingPartnerCertificates(GatewayCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
        this.loaded = load();
    }

    @Override
    public GccState trustedState(List<X509Certificate> chain) {
        return current().check(chain);
    }

    private PartnerCertificateCheck current() {
        Loaded now = loaded;
        if (!now.crlModified().equals(crlModified())) {
            synchronized (this) {
                if (!loaded.crlModified().equals(crlModified())) {
                    loaded = load();
                }
                now = loaded;
            }
        }
        return now.check();
    }

    private Loaded load() {
        FileTime modified = crlModified();
        return new Loaded(modified, certificates.partnerCheck(clock));
    }

    private FileTime crlModified() {
        try {
            return Files.getLastModifiedTime(certificates.crlFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the GCC revocation list " + certificates.crlFile() + " cannot be read", e);
        }
    }
}
