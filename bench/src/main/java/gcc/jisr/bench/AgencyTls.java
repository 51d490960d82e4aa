package gcc.jisr.bench;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;

/**
 * How the bench calls a gateway's national API as an agency system does: over TLS, the GCC root of the bench's PKI
 * as the only trust anchor, with the agency's client certificate ({@code agencies/<state>-<agency>.p12}, issued by
 * {@link GatewayProcess#ensurePki}), or with none when a bearer token says who calls. Each load uses one context for
 * the whole run: {@code HttpClient} keeps its HTTP/1.1 connections alive and resumes TLS sessions on the ones it opens
 * again, so a figure measures the calls, not handshakes.
 */
final class AgencyTls {

    static final char[] PASSWORD = "changeit".toCharArray();

    private AgencyTls() {
    }

    /** TLS as the agency {@code state}/{@code agency} (e.g. SA, JAWAZAT), with its client certificate. */
    static SSLContext asAgency(Path pki, String state, String agency) {
        Path file = pki.resolve("agencies").resolve(state.toLowerCase(Locale.ROOT) + "-" + agency.toLowerCase(Locale.ROOT) + ".p12");
        return context(pkcs12(file), pkcs12(pki.resolve("gcc-trust.p12")));
    }

    /** TLS with no client certificate, trusting the GCC root: the caller proves itself otherwise (a bearer token). */
    static SSLContext withoutCertificate(Path pki) {
        return context(null, pkcs12(pki.resolve("gcc-trust.p12")));
    }

    /** A client for the odd call beside a load (tracking reads, a report's upload), kept for the run. */
    static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls).build();
    }

    static KeyStore pkcs12(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static SSLContext context(KeyStore keys, KeyStore trust) {
        try {
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            KeyManagerFactory keyManagers = null;
            if (keys != null) {
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keys, PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the bench's calls", e);
        }
    }
}
