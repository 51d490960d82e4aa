package gcc.jisr.gateway.testing;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;

/**
 * How tests call a gateway as its callers do: over TLS, trusting the GCC root of the gateway's PKI, as an agency
 * system with its development credential (issued by the gateway into {@code <pki>/agencies}), or as nobody.
 */
public final class AgencyClients {

    /** Where test gateways keep their development PKI unless a test sets its own (src/test/resources/application-default.yml). */
    public static final Path DEFAULT_PKI = Path.of("target/test-pki");
    private static final char[] PASSWORD = GatewayCertificates.DEFAULT_PASSWORD.toCharArray();

    private AgencyClients() {
    }

    /**
     * TLS as the agency: its client certificate (issued by its state's development agency CA on first use, for an
     * agency the development list does not name), the GCC root as the only trust anchor.
     */
    public static SSLContext tls(Path pki, GccState state, String agency) {
        GatewayCertificates certificates = new GatewayCertificates(pki, PASSWORD);
        ensureAgency(certificates, state, agency);
        return tls(certificates.loadAgencyKeyStore(state, agency), certificates.loadTrustStore());
    }

    private static synchronized void ensureAgency(GatewayCertificates certificates, GccState state, String agency) {
        if (!certificates.hasAgencyCredential(state, agency)) {
            certificates.writeAgencyCredential(certificates.loadAgencyAuthority(state)
                    .issue(agency, CertificateValidity.forDays(Clock.systemUTC(), 30)));
        }
    }

    /** TLS with no client certificate: for refusals, public contracts and operators' ports. */
    public static SSLContext anonymousTls(Path pki) {
        return tls(null, new GatewayCertificates(pki, PASSWORD).loadTrustStore());
    }

    public static HttpClient http(Path pki, GccState state, String agency) {
        return HttpClient.newBuilder().sslContext(tls(pki, state, agency)).build();
    }

    public static HttpClient anonymous(Path pki) {
        return HttpClient.newBuilder().sslContext(anonymousTls(pki)).build();
    }

    /** A JAX-WS proxy made by CXF calls as the agency. */
    public static <T> T asAgency(T proxy, Path pki, GccState state, String agency) {
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(proxy).getConduit();
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setSslContext(tls(pki, state, agency));
        conduit.setTlsClientParameters(parameters);
        return proxy;
    }

    private static SSLContext tls(KeyStore keys, KeyStore trust) {
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
            throw new IllegalStateException("cannot set up the test client's TLS", e);
        }
    }
}
