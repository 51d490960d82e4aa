package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the pki command writes, read by openssl rather than by our own code. Skipped where openssl is not installed. */
class OpenSslInteroperabilityTest {

    @TempDir
    Path directory;

    private GatewayCertificates files;

    @BeforeAll
    static void opensslIsInstalled() {
        assumeTrue(openssl(Path.of("."), "version").exitCode() == 0, "openssl is not installed");
    }

    @BeforeEach
    void initAndIssue() {
        PkiCommand pki = new PkiCommand(System.out, System.err, Clock.systemUTC(), Map.of());
        assertThat(pki.run("init", "--dir", directory.toString())).isZero();
        assertThat(pki.run("issue", "--dir", directory.toString(), "--state", "KW")).isZero();
        files = new GatewayCertificates(directory, GatewayCertificates.DEFAULT_PASSWORD.toCharArray());
    }

    @Test
    void opensslVerifiesTheTlsCertificateForBothEndsAndAgainstTheCrl() throws IOException {
        Path tls = pem(files.loadCredential(GccState.KW, CertificateKind.TLS));

        for (String purpose : List.of("sslserver", "sslclient")) {
            Result verified = openssl(directory, "verify", "-CAfile", "gcc-root.pem", "-crl_check", "-CRLfile", "gcc.crl.pem",
                    "-purpose", purpose, tls.getFileName().toString());
            assertThat(verified.exitCode()).as(verified.output()).isZero();
            assertThat(verified.output()).contains(": OK");
        }
    }

    @Test
    void opensslRefusesTheSigningCertificateForTlsAndARevokedCertificate() throws IOException {
        Path signing = pem(files.loadCredential(GccState.KW, CertificateKind.SIGNING));
        Result asServer = openssl(directory, "verify", "-CAfile", "gcc-root.pem", "-purpose", "sslserver", signing.getFileName().toString());
        assertThat(asServer.exitCode()).as(asServer.output()).isNotZero();

        PkiCommand pki = new PkiCommand(System.out, System.err, Clock.systemUTC(), Map.of());
        assertThat(pki.run("revoke", "--dir", directory.toString(), "--state", "KW", "--kind", "signing")).isZero();
        Result revoked = openssl(directory, "verify", "-CAfile", "gcc-root.pem", "-crl_check", "-CRLfile", "gcc.crl.pem",
                signing.getFileName().toString());
        assertThat(revoked.exitCode()).isNotZero();
        assertThat(revoked.output()).contains("certificate revoked");
    }

    @Test
    void opensslOpensTheKeyStoresAndVerifiesASignatureMadeWithTheSigningKey() throws Exception {
        Result keyStore = openssl(directory, "pkcs12", "-in", "kw-signing.p12", "-passin", "pass:changeit", "-nodes");
        assertThat(keyStore.exitCode()).as(keyStore.output()).isZero();
        assertThat(keyStore.output()).contains("BEGIN PRIVATE KEY", "subject=", "jisr-kw-signing");
        Result trust = openssl(directory, "pkcs12", "-in", "gcc-trust.p12", "-passin", "pass:changeit", "-nokeys");
        assertThat(trust.exitCode()).as(trust.output()).isZero();
        assertThat(trust.output()).contains("GCC Jisr Development Root CA");

        StateCredential signing = files.loadCredential(GccState.KW, CertificateKind.SIGNING);
        byte[] envelope = "{\"messageId\":\"0190c2a1-7b6e-7c3d-9f00-5a1b2c3d4e5f\"}".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA", BouncyCastle.provider());
        signer.initSign(signing.privateKey());
        signer.update(envelope);
        Files.write(directory.resolve("envelope.json"), envelope);
        Files.write(directory.resolve("envelope.sig"), signer.sign());
        pem(signing);
        assertThat(openssl(directory, "x509", "-in", "kw-signing.pem", "-pubkey", "-noout", "-out", "kw-signing.pub").exitCode()).isZero();

        Result verified = openssl(directory, "dgst", "-sha256", "-verify", "kw-signing.pub", "-signature", "envelope.sig", "envelope.json");
        assertThat(verified.output()).contains("Verified OK");
    }

    private Path pem(StateCredential credential) throws IOException {
        Path file = directory.resolve(credential.state().code().toLowerCase() + "-" + credential.kind().alias() + ".pem");
        Files.writeString(file, GatewayCertificates.pem(credential.certificate()));
        return file;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result openssl(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
