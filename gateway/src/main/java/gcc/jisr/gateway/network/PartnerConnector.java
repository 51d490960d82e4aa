package gcc.jisr.gateway.network;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.surfaces.TlsConnectors;
import org.apache.catalina.connector.Connector;

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
        return TlsConnectors.connector(partners.port(), partners.address(), true,
                certificates.loadKeyStore(properties.state(), CertificateKind.TLS), CertificateKind.TLS.alias(),
                properties.trust().password(), partners.tlsProtocols(), TlsConnectors.ClientCertificates.REQUESTED);
    }
}
