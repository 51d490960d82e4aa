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
        return tls(pki, PASSWORD, state, agency);
    }

    /** As above, for a PKI directory whose stores have a password of their own (a test's {@code jisr.trust.password}). */
    public static SSLContext tls(Path pki, char[] password, GccState state, String agency) {
        GatewayCertificates certificates = new GatewayCertificates(pki, password);
        ensureAgency(certificates, state, agency);
        return tls(certificates.loadAgencyKeyStore(state, agency), certificates.loadTrustStore(), password);
    }

    private static synchronized void ensureAgency(GatewayCertificates certificates, GccState state, String agency) {
        if (!certificates.hasAgencyCredential(state, agency)) {
            certificates.writeAgencyCredential(certificates.loadAgencyAuthority(state)
                    .issue(agency, CertificateValidity.forDays(Clock.systemUTC(), 30)));
        }
    }

    /** TLS with no client certificate: for refusals, public contracts and operators' ports. */
    public static SSLContext anonymousTls(Path pki) {
        return anonymousTls(pki, PASSWORD);
    }

    public static SSLContext anonymousTls(Path pki, char[] password) {
        return tls(null, new GatewayCertificates(pki, password).loadTrustStore(), password);
    }

    public static HttpClient http(Path pki, GccState state, String agency) {
        return http(pki, PASSWORD, state, agency);
    }

    public static HttpClient http(Path pki, char[] password, GccState state, String agency) {
        return HttpClient.newBuilder().sslContext(tls(pki, password, state, agency)).build();
    }

    public static HttpClient anonymous(Path pki) {
        return anonymous(pki, PASSWORD);
    }

    public static HttpClient anonymous(Path pki, char[] password) {
        return HttpClient.newBuilder().sslContext(anonymousTls(pki, password)).build();
    }

    /** A JAX-WS proxy made by CXF calls as the agency. */
    public static <T> T asAgency(T proxy, Path pki, GccState state, String agency) {
        return asAgency(proxy, pki, PASSWORD, state, agency);
    }

    public static <T> T asAgency(T proxy, Path pki, char[] password, GccState state, String agency) {
        return withTls(proxy, tls(pki, password, state, agency));
    }

    /** A JAX-WS proxy made by CXF calls over TLS with the given context (an agency's, or one with no client certificate). */
    public static <T> T withTls(T proxy, SSLContext tls) {
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(proxy).getConduit();
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setSslContext(tls);
        conduit.setTlsClientParameters(parameters);
        return proxy;
    }

    private static SSLContext tls(KeyStore keys, KeyStore trust, char[] password) {
        try {
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            KeyManagerFactory keyManagers = null;
            if (keys != null) {
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keys, password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the test client's TLS", e);
        }
    }
}
