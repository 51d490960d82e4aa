package gcc.jisr.gateway.network;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;

/**
 * The port partner gateways call: TLS 1.3 (1.2 only if configured), a client certificate requested from every caller.
 * The TLS layer proves the caller holds the certificate's key; whether the GCC CA issued it, whether it is valid and
 * unrevoked and whose state it is, the gateway decides per request, so that each refusal has its own code and is
 * audited instead of ending as an anonymous handshake failure.
 */
final class PartnerConnector {

    private PartnerConnector() {
    }

    static Connector create(JisrProperties properties, GatewayCertificates certificates) {
        JisrProperties.Partners partners = properties.partners();
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(partners.port());
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("address", partners.address());
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);

        SSLHostConfig tls = new SSLHostConfig();
        tls.setProtocols(String.join(",", partners.tlsProtocols()));
        tls.setCertificateVerification("optional");
        tls.setTrustManagerClassName(ClientCertificateCollector.class.getName());
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(certificates.loadKeyStore(properties.state(), CertificateKind.TLS));
        certificate.setCertificateKeystorePassword(properties.trust().password());
        certificate.setCertificateKeyAlias(CertificateKind.TLS.alias());
        tls.addCertificate(certificate);
        protocol.addSslHostConfig(tls);
        return connector;
    }
}
