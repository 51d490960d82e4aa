package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.CommandLineOptions.UsageException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code java -jar jisr-gateway.jar pki …}: the development PKI of the GCC network, from the command line.
 * Plain Java, so that it runs without starting the gateway. Exit status 0 on success, 1 when the operation
 * failed, 2 when the command was called wrongly.
 */
public final class PkiCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    public static final int DEFAULT_ROOT_DAYS = 3650;
    public static final int DEFAULT_CERTIFICATE_DAYS = 365;
    public static final int DEFAULT_CRL_DAYS = 30;
    /** Read when no --password is given, so that a password need not appear in the process list. */
    public static final String PASSWORD_VARIABLE = "JISR_PKI_PASSWORD";

    static final String USAGE_TEXT = """
            Usage: pki <command> --dir DIR [options]

            The development PKI of the GCC Jisr network (Bouncy Castle, ECDSA P-256). Not for production.

            Commands:
              init       --dir DIR [--days N] [--crl-days N] [--subject DN]
                         create the GCC root CA (root-ca.p12, gcc-root.pem, gcc-trust.p12) and an empty CRL (gcc.crl.pem)
              issue      --dir DIR --state KW [--kind tls|signing|encryption] [--days N | --not-before T --not-after T] [--crl-url URL]
                         issue a state's gateway its TLS, signing and encryption certificates (kw-tls.p12, kw-signing.p12,
                         kw-encryption.p12 and the public kw-encryption.pem for its partners)
              issue-all  --dir DIR [--days N] [--crl-url URL]
                         issue every GCC state's gateway all three certificates, and every state its agency CA
              issue-agency-ca --dir DIR --state KW [--crl-days N]
                         create a state's agency CA under the root (kw-agency-ca.p12, the public kw-agency-ca.pem
                         and its CRL kw-agency-ca.crl.pem), which certifies that state's agency systems
              issue-agency --dir DIR --state KW --agency MOI-TRAFFIC [--days N | --not-before T --not-after T]
                         issue an agency system its client certificate for the national API (agencies/kw-moi-traffic.p12,
                         and .pem with the key for curl --cert); creates the state's agency CA first if it has none
              revoke     --dir DIR (--serial HEX | --state KW --kind tls|signing|encryption | --state KW --agency CODE)
                         [--crl-days N]
                         revoke a certificate and publish a new CRL (an agency's in its agency CA's CRL)
              crl        --dir DIR [--crl-days N]
                         publish fresh CRLs (the root's and every agency CA's) with the same entries; run it before
                         the current ones' next update
              show       --dir DIR
                         list the root, the CRL and every state's certificates with serial, expiry and status
              help       print this text

            Options:
              --dir DIR         the PKI directory (created by init)
              --days N          validity in days: root %d, state certificates %d by default
              --crl-days N      days until the CRL's next update, %d by default
              --not-before T, --not-after T
                                explicit validity as ISO-8601 instants (e.g. 2030-01-31T00:00:00Z)
              --crl-url URL     put a CRL distribution point into the certificates issued
              --password PW     password of every key store; else $%s; else "%s" (development only)
              --state KW        one of KW, SA, AE, QA, BH, OM
              --agency CODE     an agency code: upper-case letters, digits and dashes (its certificate's OU)

            Exit status: 0 success, 1 the operation failed, 2 wrong usage.
            """.formatted(DEFAULT_ROOT_DAYS, DEFAULT_CERTIFICATE_DAYS, DEFAULT_CRL_DAYS, PASSWORD_VARIABLE,
            GatewayCertificates.DEFAULT_PASSWORD);

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Map<String, String> environment;

    public PkiCommand(PrintStream out, PrintStream err, Clock clock, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        System.exit(new PkiCommand(System.out, System.err, Clock.systemUTC(), System.getenv()).run(args));
    }

    /** Runs one command (the arguments after {@code pki}) and answers its exit status. */
    public int run(String... args) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "init" -> init(CommandLineOptions.parse(command, rest, Set.of("dir", "days", "crl-days", "subject", "password")));
                case "issue" -> issue(CommandLineOptions.parse(command, rest,
                        Set.of("dir", "state", "kind", "days", "not-before", "not-after", "crl-url", "password")));
                case "issue-all" -> issueAll(CommandLineOptions.parse(command, rest, Set.of("dir", "days", "crl-url", "password")));
                case "issue-agency-ca" -> issueAgencyAuthority(CommandLineOptions.parse(command, rest,
                        Set.of("dir", "state", "crl-days", "password")));
                case "issue-agency" -> issueAgency(CommandLineOptions.parse(command, rest,
                        Set.of("dir", "state", "agency", "days", "not-before", "not-after", "crl-days", "password")));
                case "revoke" -> revoke(CommandLineOptions.parse(command, rest,
                        Set.of("dir", "serial", "state", "kind", "agency", "crl-days", "password")));
                case "crl" -> crl(CommandLineOptions.parse(command, rest, Set.of("dir", "crl-days", "password")));
                case "show" -> show(CommandLineOptions.parse(command, rest, Set.of("dir", "password")));
                case "help", "--help", "-h" -> out.print(USAGE_TEXT);
                default -> throw new UsageException("pki: unknown command '" + command + "'");
            }
            return OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run 'pki help' for usage.");
            return USAGE;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException | JisrException e) {
            err.println("pki " + command + ": " + e.getMessage());
            return FAILED;
        }
    }

    private void init(CommandLineOptions options) {
        GatewayCertificates files = files(options);
        int days = options.positive("days", DEFAULT_ROOT_DAYS);
        Duration crlValidity = Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS));
        if (files.hasAuthority()) {
            throw new IllegalStateException(files.rootKeyStoreFile() + " exists already; a new root would invalidate every"
                    + " certificate issued. Use another --dir, or remove this one to start over.");
        }
        CertificateValidity validity = CertificateValidity.forDays(clock, days);
        GccCertificateAuthority authority = options.text("subject")
                .map(subject -> GccCertificateAuthority.createRoot(subject, validity))
                .orElseGet(() -> GccCertificateAuthority.createRoot(validity));
        files.writeAuthority(authority);
        Instant now = clock.instant();
        files.writeCrl(authority.emptyCrl(now, now.plus(crlValidity)));
        X509Certificate root = authority.rootCertificate();
        out.printf("Created the GCC root CA %s%n  serial %s, valid until %s%n  %s, %s, %s, %s%n",
                root.getSubjectX500Principal().getName(), hex(root.getSerialNumber()), root.getNotAfter().toInstant(),
                files.rootKeyStoreFile(), files.rootCertificateFile(), files.trustStoreFile(), files.crlFile());
    }

    private void issue(CommandLineOptions options) {
        GccState state = options.state();
        Optional<CertificateKind> kind = options.kind();
        CertificateValidity validity = validity(options);
        GatewayCertificates files = files(options);
        GccCertificateAuthority authority = authority(files, options);
        List<CertificateKind> kinds = kind.map(List::of).orElse(List.of(CertificateKind.values()));
        for (CertificateKind each : kinds) {
            issueOne(files, authority, state, each, validity);
        }
    }

    private void issueAll(CommandLineOptions options) {
        CertificateValidity validity = validity(options);
        GatewayCertificates files = files(options);
        GccCertificateAuthority authority = authority(files, options);
        for (GccState state : GccState.values()) {
            for (CertificateKind kind : CertificateKind.values()) {
                issueOne(files, authority, state, kind, validity);
            }
            if (!files.hasAgencyAuthority(state)) {
                agencyAuthority(files, authority, state, Duration.ofDays(DEFAULT_CRL_DAYS));
            }
        }
    }

    private void issueAgencyAuthority(CommandLineOptions options) {
        GccState state = options.state();
        GatewayCertificates files = files(options);
        if (files.hasAgencyAuthority(state)) {
            throw new IllegalStateException(files.agencyAuthorityKeyStoreFile(state) + " exists already; a new agency CA"
                    + " would leave every agency certificate of " + state + " without its issuer");
        }
        agencyAuthority(files, authority(files, options), state, Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS)));
    }

    private AgencyAuthority agencyAuthority(GatewayCertificates files, GccCertificateAuthority root, GccState state,
                                            Duration crlValidity) {
        Instant now = clock.instant();
        // As long as the root, which bounds it.
        AgencyAuthority authority = root.issueAgencyAuthority(state,
                new CertificateValidity(now.minus(CertificateValidity.BACKDATING), root.rootCertificate().getNotAfter().toInstant()));
        files.writeAgencyAuthority(authority, authority.emptyCrl(now, now.plus(crlValidity)));
        out.printf("Created the agency CA of %s, serial %s -> %s, %s, %s%n", state, hex(authority.certificate().getSerialNumber()),
                files.agencyAuthorityKeyStoreFile(state), files.agencyAuthorityCertificateFile(state), files.agencyCrlFile(state));
        return authority;
    }

    private void issueAgency(CommandLineOptions options) {
        GccState state = options.state();
        String agency = AgencyCode.require(options.text("agency")
                .orElseThrow(() -> new UsageException("pki issue-agency: --agency CODE is needed")));
        CertificateValidity validity = validity(options);
        GatewayCertificates files = files(options);
        AgencyAuthority authority = files.hasAgencyAuthority(state) ? files.loadAgencyAuthority(state)
                : agencyAuthority(files, authority(files, options), state, Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS)));
        Optional<BigInteger> replaced = files.hasAgencyCredential(state, agency)
                ? Optional.of(GatewayCertificates.loadCertificates(files.agencyPemFile(state, agency)).get(0).getSerialNumber())
                : Optional.empty();
        AgencyCredential credential = authority.issue(agency, validity);
        files.writeAgencyCredential(credential);
        out.printf("Issued %s:%s serial %s, valid %s to %s -> %s, %s%n", state, agency, hex(credential.certificate().getSerialNumber()),
                validity.notBefore(), validity.notAfter(), files.agencyKeyStoreFile(state, agency), files.agencyPemFile(state, agency));
        replaced.ifPresent(old -> out.printf("  replaced serial %s, which stays valid until revoked (pki revoke --state %s --serial %s)%n",
                hex(old), state, hex(old)));
    }

    private void issueOne(GatewayCertificates files, GccCertificateAuthority authority, GccState state, CertificateKind kind,
                          CertificateValidity validity) {
        Optional<BigInteger> replaced = files.hasCredential(state, kind)
                ? Optional.of(files.loadCredential(state, kind).serial()) : Optional.empty();
        StateCredential credential = authority.issue(state, kind, validity);
        files.writeCredential(credential);
        out.printf("Issued %s %-7s serial %s, valid %s to %s -> %s%n", state, kind.alias(), hex(credential.serial()),
                validity.notBefore(), validity.notAfter(), files.keyStoreFile(state, kind));
        // The replaced certificate stays trusted until revoked: say so, since its key may still be in use somewhere.
        replaced.ifPresent(old -> out.printf("  replaced serial %s, which stays valid until revoked (pki revoke --serial %s)%n",
                hex(old), hex(old)));
    }

    private void revoke(CommandLineOptions options) {
        GatewayCertificates files = files(options);
        Duration crlValidity = Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS));
        BigInteger serial;
        if (options.has("agency")) {
            revokeAgency(files, options, crlValidity);
            return;
        }
        if (options.has("serial") == options.has("state")) {
            throw new UsageException("pki revoke: give either --serial HEX or --state KW --kind tls|signing");
        }
        if (options.has("serial")) {
            if (options.has("kind")) {
                throw new UsageException("pki revoke: --kind goes with --state, not with --serial");
            }
            serial = options.serial();
        } else {
            GccState state = options.state();
            CertificateKind kind = options.kind().orElseThrow(() -> new UsageException("pki revoke: --state needs --kind tls|signing"));
            serial = files.loadCredential(state, kind).serial();
        }
        GccCertificateAuthority authority = authority(files, options);
        X509CRL current = files.loadCrl();
        if (Revocation.listedIn(current).stream().anyMatch(r -> r.serial().equals(serial))) {
            out.printf("Serial %s is revoked already; the CRL is unchanged%n", hex(serial));
            return;
        }
        Instant now = clock.instant();
        X509CRL next = authority.nextCrl(current, List.of(new Revocation(serial, now)), now, now.plus(crlValidity));
        files.writeCrl(next);
        out.printf("Revoked serial %s; published CRL number %s, next update %s -> %s%n", hex(serial),
                GccCertificateAuthority.crlNumberOf(next), next.getNextUpdate().toInstant(), files.crlFile());
    }

    private void revokeAgency(GatewayCertificates files, CommandLineOptions options, Duration crlValidity) {
        if (options.has("serial") || options.has("kind")) {
            throw new UsageException("pki revoke: --agency goes with --state only");
        }
        GccState state = options.state();
        String agency = AgencyCode.require(options.text("agency").orElseThrow());
        BigInteger serial = GatewayCertificates.loadCertificates(files.agencyPemFile(state, agency)).get(0).getSerialNumber();
        AgencyAuthority authority = files.loadAgencyAuthority(state);
        X509CRL current = files.loadAgencyCrl(state).orElseThrow(() ->
                new IllegalStateException("no CRL of the agency CA of " + state + " in " + files.directory()));
        if (Revocation.listedIn(current).stream().anyMatch(r -> r.serial().equals(serial))) {
            out.printf("%s:%s (serial %s) is revoked already; the CRL is unchanged%n", state, agency, hex(serial));
            return;
        }
        Instant now = clock.instant();
        X509CRL next = authority.nextCrl(current, List.of(new Revocation(serial, now)), now, now.plus(crlValidity));
        files.writeAgencyCrl(state, next);
        out.printf("Revoked %s:%s (serial %s); published CRL number %s, next update %s -> %s%n", state, agency, hex(serial),
                GccCertificateAuthority.crlNumberOf(next), next.getNextUpdate().toInstant(), files.agencyCrlFile(state));
    }

    private void crl(CommandLineOptions options) {
        GatewayCertificates files = files(options);
        Duration crlValidity = Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS));
        GccCertificateAuthority authority = authority(files, options);
        Instant now = clock.instant();
        X509CRL next = authority.nextCrl(files.loadCrl(), List.of(), now, now.plus(crlValidity));
        files.writeCrl(next);
        out.printf("Published CRL number %s with %d revoked, next update %s -> %s%n", GccCertificateAuthority.crlNumberOf(next),
                Revocation.listedIn(next).size(), next.getNextUpdate().toInstant(), files.crlFile());
        for (GccState state : GccState.values()) {
            if (!java.nio.file.Files.exists(files.agencyAuthorityKeyStoreFile(state))) {
                continue;
            }
            Optional<X509CRL> previous = files.loadAgencyCrl(state);
            AgencyAuthority agencies = files.loadAgencyAuthority(state);
            X509CRL fresh = previous.map(p -> agencies.nextCrl(p, List.of(), now, now.plus(crlValidity)))
                    .orElseGet(() -> agencies.emptyCrl(now, now.plus(crlValidity)));
            files.writeAgencyCrl(state, fresh);
            out.printf("Published the agency CA CRL of %s, number %s with %d revoked -> %s%n", state,
                    GccCertificateAuthority.crlNumberOf(fresh), Revocation.listedIn(fresh).size(), files.agencyCrlFile(state));
        }
    }

    private void show(CommandLineOptions options) {
        GatewayCertificates files = files(options);
        X509Certificate root = files.loadRootCertificate();
        X509CRL crl = files.loadCrl();
        out.printf("GCC root  %s%n          serial %s, valid %s to %s%n", root.getSubjectX500Principal().getName(),
                hex(root.getSerialNumber()), root.getNotBefore().toInstant(), root.getNotAfter().toInstant());
        List<Revocation> revoked = Revocation.listedIn(crl);
        out.printf("CRL       number %s, this update %s, next update %s, %d revoked%s%n", GccCertificateAuthority.crlNumberOf(crl),
                crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant(), revoked.size(),
                revoked.stream().map(r -> "\n          " + r.serialHex() + " since " + r.revokedAt()).collect(Collectors.joining()));
        PartnerCertificateCheck check = files.partnerCheck(clock);
        out.printf("%n%-5s %-7s %-40s %-20s %s%n", "state", "kind", "serial", "not after", "status");
        for (GccState state : GccState.values()) {
            for (CertificateKind kind : CertificateKind.values()) {
                if (!files.hasCredential(state, kind)) {
                    out.printf("%-5s %-7s %s%n", state, kind.alias(), "(not issued)");
                    continue;
                }
                StateCredential credential = files.loadCredential(state, kind);
                X509Certificate certificate = credential.certificate();
                out.printf("%-5s %-7s %-40s %-20s %s%n", state, kind.alias(), hex(certificate.getSerialNumber()),
                        certificate.getNotAfter().toInstant(), statusOf(check, credential));
            }
        }
        showAgencies(files);
    }

    private void showAgencies(GatewayCertificates files) {
        Map<GccState, X509Certificate> authorities = files.loadAgencyAuthorityCertificates();
        if (authorities.isEmpty()) {
            return;
        }
        Map<GccState, X509CRL> crls = new java.util.EnumMap<>(GccState.class);
        authorities.keySet().forEach(state -> files.loadAgencyCrl(state).ifPresent(crl -> crls.put(state, crl)));
        AgencyCertificateCheck check = new AgencyCertificateCheck(files.loadRootCertificate(), files.loadCrl(), authorities, crls, clock);
        out.printf("%n%-5s %-20s %-40s %-20s %s%n", "state", "agency", "serial", "not after", "status");
        for (Map.Entry<GccState, X509Certificate> authority : authorities.entrySet()) {
            out.printf("%-5s %-20s %-40s %-20s %s%n", authority.getKey(), "(agency CA)", hex(authority.getValue().getSerialNumber()),
                    authority.getValue().getNotAfter().toInstant(), crls.containsKey(authority.getKey()) ? "CRL next update "
                            + crls.get(authority.getKey()).getNextUpdate().toInstant() : "no CRL");
        }
        java.io.File[] issued = files.agencyDirectory().toFile().listFiles((dir, name) -> name.endsWith(".pem"));
        if (issued == null) {
            return;
        }
        java.util.Arrays.sort(issued);
        for (java.io.File file : issued) {
            List<X509Certificate> chain = GatewayCertificates.loadCertificates(file.toPath());
            String status;
            String who;
            try {
                AgencyCertificateCheck.CertifiedAgency agency = check.check(chain);
                who = agency.state() + " " + agency.agency();
                status = "valid";
            } catch (JisrException e) {
                who = file.getName();
                status = "refused " + e.error().code() + ": " + e.getMessage();
            }
            out.printf("%-26s %-40s %-20s %s%n", who, hex(chain.get(0).getSerialNumber()), chain.get(0).getNotAfter().toInstant(), status);
        }
    }

    private static String statusOf(PartnerCertificateCheck check, StateCredential credential) {
        try {
            check.checkFrom(credential.state(), credential.chain());
            return "valid";
        } catch (JisrException e) {
            return "refused " + e.error().code() + ": " + e.getMessage();
        }
    }

    private CertificateValidity validity(CommandLineOptions options) {
        Optional<Instant> notBefore = options.instant("not-before");
        Optional<Instant> notAfter = options.instant("not-after");
        if (notBefore.isPresent() != notAfter.isPresent()) {
            throw new UsageException("give both --not-before and --not-after, or neither");
        }
        if (notBefore.isPresent()) {
            if (options.has("days")) {
                throw new UsageException("give --days or --not-before/--not-after, not both");
            }
            if (!notAfter.get().isAfter(notBefore.get())) {
                throw new UsageException("--not-after must be later than --not-before");
            }
            return new CertificateValidity(notBefore.get(), notAfter.get());
        }
        return CertificateValidity.forDays(clock, options.positive("days", DEFAULT_CERTIFICATE_DAYS));
    }

    private GatewayCertificates files(CommandLineOptions options) {
        String password = options.text("password")
                .or(() -> Optional.ofNullable(environment.get(PASSWORD_VARIABLE)))
                .orElse(GatewayCertificates.DEFAULT_PASSWORD);
        return new GatewayCertificates(options.directory(), password.toCharArray());
    }

    private static GccCertificateAuthority authority(GatewayCertificates files, CommandLineOptions options) {
        if (!files.hasAuthority()) {
            throw new IllegalStateException("no root CA in " + files.directory() + "; run 'pki init --dir " + files.directory() + "' first");
        }
        GccCertificateAuthority authority = files.loadAuthority();
        return options.uri("crl-url").map(authority::withCrlDistributionPoint).orElse(authority);
    }

    private static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }
}
