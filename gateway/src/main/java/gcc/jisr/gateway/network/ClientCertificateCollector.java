package gcc.jisr.gateway.network;

import javax.net.ssl.X509TrustManager;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * The partner port's TLS trust manager for client certificates: it takes any chain the caller proves it holds the key
 * of, and passes it on to the request. The real decision (GCC CA, validity, revocation, state) is made per request by
 * the partner route, before anything else, so that each refusal gets its own code and an audit line instead of a
 * handshake alert nobody can read. Nothing is served on this port without that check ({@link PartnerPortGuard}).
 * Instantiated by Tomcat by class name, hence public with a public constructor.
 */
public final class ClientCertificateCollector implements X509TrustManager {

    private static final X509Certificate[] ANY_ISSUER = new X509Certificate[0];

    public ClientCertificateCollector() {
        // Tomcat creates it reflectively.
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("an empty client certificate chain");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the partner port is a server: it never trusts a server certificate");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return ANY_ISSUER;
    }
}
