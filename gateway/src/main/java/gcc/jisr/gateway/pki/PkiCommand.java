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
                         issue every GCC state's gateway all three certificates
              revoke     --dir DIR (--serial HEX | --state KW --kind tls|signing|encryption) [--crl-days N]
                         revoke a certificate and publish a new CRL
              crl        --dir DIR [--crl-days N]
                         publish a fresh CRL with the same entries (run it before the current one's next update)
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
                case "revoke" -> revoke(CommandLineOptions.parse(command, rest, Set.of("dir", "serial", "state", "kind", "crl-days", "password")));
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
        }
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

    private void crl(CommandLineOptions options) {
        GatewayCertificates files = files(options);
        Duration crlValidity = Duration.ofDays(options.positive("crl-days", DEFAULT_CRL_DAYS));
        GccCertificateAuthority authority = authority(files, options);
        Instant now = clock.instant();
        X509CRL next = authority.nextCrl(files.loadCrl(), List.of(), now, now.plus(crlValidity));
        files.writeCrl(next);
        out.printf("Published CRL number %s with %d revoked, next update %s -> %s%n", GccCertificateAuthority.crlNumberOf(next),
                Revocation.listedIn(next).size(), next.getNextUpdate().toInstant(), files.crlFile());
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
