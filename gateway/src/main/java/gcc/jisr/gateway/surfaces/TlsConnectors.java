package gcc.jisr.gateway.surfaces;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;

import java.security.KeyStore;
import java.util.List;

/**
 * The TLS set-up every port of a gateway shares: this state's TLS certificate, the versions configured, and, where a
 * port takes client certificates, the {@link ClientCertificateCollector} so that the gateway decides per request.
 */
public final class TlsConnectors {

    /** Whether and how a port asks for client certificates. */
    public enum ClientCertificates {
        /** Never asked: operators authenticate by password or token. */
        NONE("none"),
        /** Asked, not required: agencies may present one or a bearer token; partners must present one (checked per request). */
        REQUESTED("optional");

        private final String tomcat;

        ClientCertificates(String tomcat) {
            this.tomcat = tomcat;
        }
    }

    private TlsConnectors() {
    }

    /** A new connector on its own port and interface, TLS or plain. */
    public static Connector connector(int port, String address, boolean tls, KeyStore keyStore, String alias, String password,
                                      List<String> protocols, ClientCertificates clientCertificates) {
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(port);
        connector.setProperty("address", address);
        // As server.tomcat.max-keep-alive-requests for the national port: partners and operators keep their connections.
        connector.setProperty("maxKeepAliveRequests", "10000");
        if (tls) {
            secure(connector, keyStore, alias, password, protocols, clientCertificates);
        }
        return connector;
    }

    /** Turns a connector (e.g. Spring Boot's main one) into a TLS connector with this gateway's certificate. */
    public static void secure(Connector connector, KeyStore keyStore, String alias, String password, List<String> protocols,
                              ClientCertificates clientCertificates) {
        connector.setScheme("https");
        connector.setSecure(true);
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig tls = new SSLHostConfig();
        tls.setProtocols(String.join(",", protocols));
        tls.setCertificateVerification(clientCertificates.tomcat);
        if (clientCertificates != ClientCertificates.NONE) {
            tls.setTrustManagerClassName(ClientCertificateCollector.class.getName());
        }
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(keyStore);
        certificate.setCertificateKeystorePassword(password);
        certificate.setCertificateKeyAlias(alias);
        tls.addCertificate(certificate);
        protocol.addSslHostConfig(tls);
    }
}
