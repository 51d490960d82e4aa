package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static gcc.jisr.gateway.pki.TestPki.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PkiCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void issuesAnAgencyCertificateThatAuthenticatesItsAgencyUntilRevoked() throws Exception {
        String dir = directory.toString();
        assertThat(run("init", "--dir", dir)).isZero();
        assertThat(run("issue-agency", "--dir", dir, "--state", "KW", "--agency", "moi-traffic")).isZero();
        assertThat(output()).contains("Created the agency CA of KW", "Issued KW:MOI-TRAFFIC");
        GatewayCertificates files = new GatewayCertificates(directory, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
        List<X509Certificate> chain = GatewayCertificates.loadCertificates(files.agencyPemFile(GccState.KW, "MOI-TRAFFIC"));
        assertThat(Files.readString(files.agencyPemFile(GccState.KW, "MOI-TRAFFIC"))).contains("PRIVATE KEY");
        assertThat(agencyCheck(files).check(chain))
                .isEqualTo(new AgencyCertificateCheck.CertifiedAgency(GccState.KW, "MOI-TRAFFIC", hex(chain.get(0).getSerialNumber())));
        // An agency certificate is no gateway certificate.
        assertThatThrownBy(() -> files.partnerCheck(CLOCK).check(chain))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.CERTIFICATE_WRONG_ISSUER));

        assertThat(run("revoke", "--dir", dir, "--state", "KW", "--agency", "MOI-TRAFFIC")).isZero();
        assertThat(output()).contains("Revoked KW:MOI-TRAFFIC");
        assertThatThrownBy(() -> agencyCheck(files).check(chain))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.CERTIFICATE_REVOKED));
        assertThat(run("show", "--dir", dir)).isZero();
        assertThat(output()).contains("(agency CA)", "refused JISR-401-CERT-REVOKED");
        assertThat(run("issue-agency", "--dir", dir, "--state", "KW", "--agency", "bad code")).isEqualTo(PkiCommand.FAILED);
    }

    private static AgencyCertificateCheck agencyCheck(GatewayCertificates files) {
        return new AgencyCertificateCheck(files.loadRootCertificate(), files.loadCrl(), files.loadAgencyAuthorityCertificates(),
                Map.of(GccState.KW, files.loadAgencyCrl(GccState.KW).orElseThrow()), CLOCK);
    }

    @Test
    void initIssueAllRevokeAndShowEndToEnd() throws Exception {
        String dir = directory.toString();

        assertThat(run("init", "--dir", dir)).isZero();
        assertThat(output()).contains("Created the GCC root CA CN=GCC Jisr Development Root CA");
        assertThat(run("issue-all", "--dir", dir)).isZero();

        try (Stream<Path> listed = Files.list(directory)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "root-ca.p12", "gcc-root.pem", "gcc-trust.p12", "gcc.crl.pem",
                    "kw-tls.p12", "kw-signing.p12", "sa-tls.p12", "sa-signing.p12", "ae-tls.p12", "ae-signing.p12",
                    "qa-tls.p12", "qa-signing.p12", "bh-tls.p12", "bh-signing.p12", "om-tls.p12", "om-signing.p12",
                    "kw-encryption.p12", "sa-encryption.p12", "ae-encryption.p12", "qa-encryption.p12", "bh-encryption.p12",
                    "om-encryption.p12", "kw-encryption.pem", "sa-encryption.pem", "ae-encryption.pem", "qa-encryption.pem",
                    "bh-encryption.pem", "om-encryption.pem",
                    "kw-agency-ca.p12", "kw-agency-ca.pem", "kw-agency-ca.crl.pem", "sa-agency-ca.p12", "sa-agency-ca.pem",
                    "sa-agency-ca.crl.pem", "ae-agency-ca.p12", "ae-agency-ca.pem", "ae-agency-ca.crl.pem", "qa-agency-ca.p12",
                    "qa-agency-ca.pem", "qa-agency-ca.crl.pem", "bh-agency-ca.p12", "bh-agency-ca.pem", "bh-agency-ca.crl.pem",
                    "om-agency-ca.p12", "om-agency-ca.pem", "om-agency-ca.crl.pem");
        }
        GatewayCertificates files = new GatewayCertificates(directory, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
        StateCredential kuwaitTls = files.loadCredential(GccState.KW, CertificateKind.TLS);
        StateCredential kuwaitSigning = files.loadCredential(GccState.KW, CertificateKind.SIGNING);
        assertThat(files.partnerCheck(CLOCK).check(kuwaitTls.chain())).isEqualTo(GccState.KW);

        assertThat(run("revoke", "--dir", dir, "--state", "kw", "--kind", "tls")).isZero();
        assertThat(output()).contains("Revoked serial " + hex(kuwaitTls.serial()) + "; published CRL number 2");

        PartnerCertificateCheck afterRevocation = files.partnerCheck(CLOCK);
        assertThatThrownBy(() -> afterRevocation.check(kuwaitTls.chain()))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.CERTIFICATE_REVOKED));
        assertThat(afterRevocation.check(kuwaitSigning.chain())).isEqualTo(GccState.KW);

        assertThat(run("show", "--dir", dir)).isZero();
        String shown = output();
        assertThat(shown).contains("GCC root  CN=GCC Jisr Development Root CA", "CRL       number 2", "1 revoked", hex(kuwaitTls.serial()));
        assertThat(line(shown, "KW    tls")).contains(hex(kuwaitTls.serial()), "refused JISR-401-CERT-REVOKED");
        assertThat(line(shown, "KW    signing")).contains(hex(kuwaitSigning.serial()), "valid");
        for (GccState state : GccState.values()) {
            assertThat(shown).contains(state.code() + "    tls", state.code() + "    signing");
        }
        assertThat(shown.lines().filter(l -> l.endsWith(" valid"))).hasSize(17);
    }

    @Test
    void revokingBySerialKeepsEarlierEntriesAndRevokingTwiceChangesNothing() {
        String dir = directory.toString();
        run("init", "--dir", dir);
        run("issue", "--dir", dir, "--state", "SA");
        GatewayCertificates files = new GatewayCertificates(directory, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
        BigInteger tls = files.loadCredential(GccState.SA, CertificateKind.TLS).serial();
        BigInteger signing = files.loadCredential(GccState.SA, CertificateKind.SIGNING).serial();

        assertThat(run("revoke", "--dir", dir, "--serial", hex(tls))).isZero();
        assertThat(run("revoke", "--dir", dir, "--serial", hex(signing).toLowerCase())).isZero();
        assertThat(run("revoke", "--dir", dir, "--serial", hex(tls))).isZero();
        assertThat(output()).contains("revoked already");

        assertThat(Revocation.listedIn(files.loadCrl())).extracting(Revocation::serial).containsExactlyInAnyOrder(tls, signing);
        assertThat(GccCertificateAuthority.crlNumberOf(files.loadCrl())).isEqualTo(3);
    }

    @Test
    void crlRepublishesTheSameEntriesWithALaterNextUpdate() {
        String dir = directory.toString();
        run("init", "--dir", dir, "--crl-days", "2");
        run("issue", "--dir", dir, "--state", "BH", "--kind", "tls");
        run("revoke", "--dir", dir, "--state", "BH", "--kind", "tls", "--crl-days", "2");
        GatewayCertificates files = new GatewayCertificates(directory, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
        List<Revocation> before = Revocation.listedIn(files.loadCrl());

        Clock threeDaysLater = Clock.offset(CLOCK, Duration.ofDays(3));
        assertThatThrownBy(() -> files.partnerCheck(threeDaysLater).check(files.loadCredential(GccState.BH, CertificateKind.TLS).chain()))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.REVOCATION_UNKNOWN));
        assertThat(command(threeDaysLater).run("crl", "--dir", dir)).isZero();

        assertThat(Revocation.listedIn(files.loadCrl())).isEqualTo(before);
        assertThat(files.loadCrl().getNextUpdate().toInstant()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(3 + 30)));
        assertThatThrownBy(() -> files.partnerCheck(threeDaysLater).check(files.loadCredential(GccState.BH, CertificateKind.TLS).chain()))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.CERTIFICATE_REVOKED));
    }

    @Test
    void issueTakesAnExplicitValiditySoThatExpiredAndEarlyCertificatesCanBeMade() {
        String dir = directory.toString();
        run("init", "--dir", dir);
        assertThat(run("issue", "--dir", dir, "--state", "QA", "--kind", "signing",
                "--not-before", "2025-06-01T11:30:00Z", "--not-after", "2025-06-01T11:59:59Z")).isZero();
        assertThat(run("issue", "--dir", dir, "--state", "OM", "--kind", "tls",
                "--not-before", "2025-06-02T00:00:00Z", "--not-after", "2025-07-01T00:00:00Z")).isZero();

        assertThat(run("show", "--dir", dir)).isZero();
        String shown = output();
        assertThat(line(shown, "QA    signing")).contains("2025-06-01T11:59:59Z", "refused JISR-401-CERT-EXPIRED");
        assertThat(line(shown, "OM    tls")).contains("refused JISR-401-CERT-NOT-YET-VALID");
        assertThat(line(shown, "KW    tls")).contains("(not issued)");
    }

    @Test
    void reissuingSaysTheReplacedCertificateStaysValidUntilRevoked() {
        String dir = directory.toString();
        run("init", "--dir", dir);
        run("issue", "--dir", dir, "--state", "AE", "--kind", "tls");
        BigInteger first = new GatewayCertificates(directory, "changeit".toCharArray()).loadCredential(GccState.AE, CertificateKind.TLS).serial();

        assertThat(run("issue", "--dir", dir, "--state", "AE", "--kind", "tls")).isZero();

        assertThat(output()).contains("replaced serial " + hex(first) + ", which stays valid until revoked");
    }

    @Test
    void thePasswordComesFromTheOptionOrElseTheEnvironment() {
        String dir = directory.toString();
        PkiCommand withVariable = new PkiCommand(print(out), print(err), CLOCK, Map.of(PkiCommand.PASSWORD_VARIABLE, "from-env"));

        assertThat(withVariable.run("init", "--dir", dir)).isZero();
        assertThat(run("issue", "--dir", dir, "--state", "KW")).as("default password cannot open the root").isEqualTo(PkiCommand.FAILED);
        assertThat(errors()).contains("wrong password");
        assertThat(run("issue", "--dir", dir, "--state", "KW", "--password", "from-env")).isZero();
        new GatewayCertificates(directory, "from-env".toCharArray()).loadCredential(GccState.KW, CertificateKind.TLS);
    }

    @Test
    void initRefusesToReplaceAnExistingRoot() {
        String dir = directory.toString();
        run("init", "--dir", dir);

        assertThat(run("init", "--dir", dir)).isEqualTo(PkiCommand.FAILED);
        assertThat(errors()).contains("exists already");
    }

    @Test
    void issuingBeforeInitFailsWithAHint() {
        assertThat(run("issue-all", "--dir", directory.resolve("empty").toString())).isEqualTo(PkiCommand.FAILED);
        assertThat(errors()).contains("run 'pki init --dir");
    }

    @Test
    void badArgumentsAreAnsweredWithUsageAndExitStatusTwo() {
        String dir = directory.toString();
        run("init", "--dir", dir);
        List<List<String>> wrong = List.of(
                List.of(),
                List.of("frobnicate", "--dir", dir),
                List.of("init"),
                List.of("issue", "--dir", dir),
                List.of("issue", "--dir", dir, "--state", "EG"),
                List.of("issue", "--dir", dir, "--state", "KW", "--kind", "email"),
                List.of("issue", "--dir", dir, "--state", "KW", "--days", "0"),
                List.of("issue", "--dir", dir, "--state", "KW", "--days", "many"),
                List.of("issue", "--dir", dir, "--state", "KW", "--not-before", "2025-06-01T00:00:00Z"),
                List.of("issue", "--dir", dir, "--state", "KW", "--not-before", "yesterday", "--not-after", "2026-01-01T00:00:00Z"),
                List.of("issue", "--dir", dir, "--state", "KW", "--not-before", "2026-01-01T00:00:00Z", "--not-after", "2025-01-01T00:00:00Z"),
                List.of("issue", "--dir", dir, "--state", "KW", "--crl-url", "not a url"),
                List.of("issue", "--dir", dir, "--state"),
                List.of("issue", "--dir", dir, "--state", "KW", "--state", "SA"),
                List.of("issue", "--dir", dir, "KW"),
                List.of("issue-all", "--dir", dir, "--verbose", "yes"),
                List.of("revoke", "--dir", dir),
                List.of("revoke", "--dir", dir, "--serial", "xyz"),
                List.of("revoke", "--dir", dir, "--serial", "0"),
                List.of("revoke", "--dir", dir, "--state", "KW"),
                List.of("revoke", "--dir", dir, "--serial", "1A", "--state", "KW", "--kind", "tls"),
                List.of("crl", "--dir", dir, "--crl-days", "-3"),
                List.of("show"));
        for (List<String> arguments : wrong) {
            err.reset();
            assertThat(run(arguments.toArray(String[]::new))).as("pki %s", arguments).isEqualTo(PkiCommand.USAGE);
            assertThat(errors()).as("pki %s", arguments).isNotBlank();
        }
        assertThat(errors()).contains("--dir is required");
    }

    @Test
    void helpPrintsTheUsageText() {
        assertThat(run("help")).isZero();
        assertThat(output()).contains("Usage: pki <command>", "issue-all", "revoke", "changeit", "Exit status");
        assertThat(run()).isEqualTo(PkiCommand.USAGE);
        assertThat(errors()).contains("Usage: pki <command>");
    }

    private int run(String... arguments) {
        return command(CLOCK).run(arguments);
    }

    private PkiCommand command(Clock clock) {
        return new PkiCommand(print(out), print(err), clock, Map.of());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no line " + prefix + " in\n" + text));
    }

    private static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase();
    }
}
