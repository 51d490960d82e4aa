package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key stores the pki command writes, used as they will be: two gateways shake hands over TLS 1.3 with
 * mutual authentication on loopback, and the server learns its peer's state from the peer's certificate.
 */
class MutualTlsHandshakeTest {

    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    Path directory;

    private GatewayCertificates files;

    @BeforeEach
    void issueKuwaitAndSaudiArabia() {
        // Real time here: JSSE judges validity by the system clock.
        GccCertificateAuthority ca = GccCertificateAuthority.createRoot(CertificateValidity.forDays(Clock.systemUTC(), 30));
        files = new GatewayCertificates(directory, PASSWORD);
        files.writeAuthority(ca);
        files.writeCrl(ca.emptyCrl(Clock.systemUTC().instant(), Clock.systemUTC().instant().plusSeconds(86_400)));
        for (GccState state : List.of(GccState.KW, GccState.SA)) {
            ca.issueGateway(state, CertificateValidity.forDays(Clock.systemUTC(), 10)).values().forEach(files::writeCredential);
        }
    }

    @Test
    void twoGatewaysAuthenticateEachOtherAndTheServerLearnsThePeersState() throws Exception {
        try (SSLServerSocket server = serverOf(GccState.KW)) {
            CompletableFuture<List<X509Certificate>> seenByServer = CompletableFuture.supplyAsync(() -> acceptOne(server));
            List<X509Certificate> seenByClient;
            try (SSLSocket client = clientOf(files.loadKeyStore(GccState.SA, CertificateKind.TLS), server.getLocalPort())) {
                client.startHandshake();
                assertThat(client.getSession().getProtocol()).isEqualTo("TLSv1.3");
                seenByClient = x509(client.getSession().getPeerCertificates());
                client.getOutputStream().write(1);
                client.getOutputStream().flush();
            }
            PartnerCertificateCheck check = files.partnerCheck(Clock.systemUTC());
            assertThat(check.checkFrom(GccState.SA, seenByServer.get(10, TimeUnit.SECONDS))).isEqualTo(GccState.SA);
            assertThat(check.checkFrom(GccState.KW, seenByClient)).isEqualTo(GccState.KW);
        }
    }

    @Test
    void aSigningCertificateCannotBeUsedAsATlsClientCertificate() throws Exception {
        try (SSLServerSocket server = serverOf(GccState.KW)) {
            CompletableFuture<List<X509Certificate>> seenByServer = CompletableFuture.supplyAsync(() -> acceptOne(server));
            try (SSLSocket client = clientOf(files.loadKeyStore(GccState.SA, CertificateKind.SIGNING), server.getLocalPort())) {
                assertThatThrownBy(() -> {
                    client.startHandshake();
                    // In TLS 1.3 the server's refusal of the client certificate may only arrive with the first read.
                    client.getOutputStream().write(1);
                    client.getOutputStream().flush();
                    client.getInputStream().read();
                }).isInstanceOf(IOException.class);
            }
            // The client sees the server's alert or, when the server has already closed, a broken connection; the server's
            // own reason is what this test is about.
            assertThatThrownBy(() -> seenByServer.get(10, TimeUnit.SECONDS)).hasStackTraceContaining("Extended key usage does not permit");
        }
    }

    private SSLServerSocket serverOf(GccState state) throws Exception {
        SSLServerSocket server = (SSLServerSocket) context(files.loadKeyStore(state, CertificateKind.TLS)).getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        server.setEnabledProtocols(new String[]{"TLSv1.3"});
        return server;
    }

    private SSLSocket clientOf(KeyStore keys, int port) throws Exception {
        SSLSocket client = (SSLSocket) context(keys).getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        client.setEnabledProtocols(new String[]{"TLSv1.3"});
        client.setSoTimeout(10_000);
        var parameters = client.getSSLParameters();
        // The server's name is checked against its certificate's subject alternative names (127.0.0.1 is one of them).
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        client.setSSLParameters(parameters);
        return client;
    }

    private SSLContext context(KeyStore keys) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
        trustManagers.init(files.loadTrustStore());
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static List<X509Certificate> acceptOne(SSLServerSocket server) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            socket.getInputStream().read();
            return x509(socket.getSession().getPeerCertificates());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }
}
