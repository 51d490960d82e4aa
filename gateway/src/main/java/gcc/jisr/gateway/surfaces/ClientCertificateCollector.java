package gcc.jisr.gateway.surfaces;

import javax.net.ssl.X509TrustManager;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * The TLS trust manager for client certificates on the partner port and the national port: it takes any chain the
 * caller proves it holds the key of, and passes it on to the request. The real decision (GCC CA or the state's agency
 * CA, validity, revocation, state) is made per request, before anything else, so that each refusal gets its own code
 * and an audit line instead of a handshake alert nobody can read. Nothing is served on either port without that check
 * ({@link SurfaceGuard}, the partner route, the national API's agency authentication).
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
        throw new CertificateException("a server port never trusts a server certificate");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return ANY_ISSUER;
    }
}
