package gcc.jisr.gateway.national;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.AgencyCertificateCheck;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.routes.agency.AgencyCaller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The agency certificate check as of the files now installed: the GCC root and its CRL, each state's agency CA and
 * that CA's CRL. When any of them changes (a CA publishes a new CRL, an operator installs a partner state's agency CA)
 * the check is rebuilt, so that a revocation applies within a second, without a restart. The files are looked at
 * no more than once a second: a national request costs no file-system calls.
 */
final class ReloadingAgencyCertificates {

    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    /** The check, or why there is none: a revocation list not signed by its CA authenticates nobody (fail closed). */
    private record Loaded(List<Object> stamps, AgencyCertificateCheck check, String unusable, Instant lookedAt) {

        AgencyCertificateCheck usable() {
            if (check == null) {
                throw new JisrException(JisrError.REVOCATION_UNKNOWN, unusable);
            }
            return check;
        }
    }

    private final GatewayCertificates certificates;
    private final Clock clock;
    /** One caller object per certified agency, not one per request: the same few agencies call all day. */
    private final Map<AgencyCertificateCheck.CertifiedAgency, AgencyCaller> callers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Loaded loaded;

    ReloadingAgencyCertificates(GatewayCertificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
        this.loaded = load(stamps());
    }

    AgencyCaller authenticate(List<X509Certificate> chain) {
        AgencyCertificateCheck.CertifiedAgency agency = current().check(chain);
        if (callers.size() >= 4096) {
            callers.clear();
        }
        return callers.computeIfAbsent(agency, a -> new AgencyCaller(a.state(), a.agency(), "certificate " + a.serial()));
    }

    private AgencyCertificateCheck current() {
        Loaded now = loaded;
        Instant instant = clock.instant();
        if (instant.isBefore(now.lookedAt().plus(LOOK_AGAIN))) {
            return now.usable();
        }
        synchronized (this) {
            now = loaded;
            if (instant.isBefore(now.lookedAt().plus(LOOK_AGAIN))) {
                return now.usable();
            }
            List<Object> stamps = stamps();
            loaded = stamps.equals(now.stamps()) ? new Loaded(now.stamps(), now.check(), now.unusable(), instant) : load(stamps);
            return loaded.usable();
        }
    }

    private Loaded load(List<Object> stamps) {
        Map<GccState, X509Certificate> authorities = certificates.loadAgencyAuthorityCertificates();
        Map<GccState, X509CRL> crls = new EnumMap<>(GccState.class);
        for (GccState state : authorities.keySet()) {
            certificates.loadAgencyCrl(state).ifPresent(crl -> crls.put(state, crl));
        }
        try {
            return new Loaded(stamps, new AgencyCertificateCheck(certificates.loadRootCertificate(), certificates.loadCrl(),
                    authorities, crls, clock), null, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            return new Loaded(stamps, null, "agency certificates cannot be checked: " + e.getMessage(), clock.instant());
        }
    }

    private List<Object> stamps() {
        List<Object> stamps = new ArrayList<>();
        stamps.add(modified(certificates.crlFile()));
        for (GccState state : GccState.values()) {
            stamps.add(modified(certificates.agencyAuthorityCertificateFile(state)));
            stamps.add(modified(certificates.agencyCrlFile(state)));
        }
        return stamps;
    }

    private static Object modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            throw new JisrException(JisrError.REVOCATION_UNKNOWN, "the revocation list " + file + " cannot be read", e);
        }
    }
}
