package gcc.jisr.gateway.soap;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.routes.partner.PartnerCertificates;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** WS-Security for the SOAP endpoints, from this gateway's key stores and {@code jisr.soap}. */
@Configuration(proxyBeanMethods = false)
public class SoapSecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SoapSecurityConfiguration.class);

    @Bean
    WsSecurityKeys wsSecurityKeys(JisrProperties properties, GatewayCertificates certificates) {
        // Taking the gateway's certificates as a parameter orders this after the development PKI, when there is one.
        BouncyCastleXmlSignatures.install();
        return WsSecurityKeys.load(properties.state(), properties.trust());
    }

    @Bean
    SoapSignatureInterceptors soapSignatureInterceptors(WsSecurityKeys keys, SoapSecurityProperties soap,
                                                        PartnerCertificates signers) {
        // The partner certificate check of JWS signers and mTLS peers, the one that re-reads the CRL when it changes.
        List<Interceptor<? extends Message>> in = List.of(
                new SoapRequestVerifier(keys.verification().orElse(null), signers, soap.requireSignedRequests()));
        List<Interceptor<? extends Message>> out = keys.signing()
                .<List<Interceptor<? extends Message>>>map(signing -> List.of(
                        new SoapMessageSigner(signing, WsSecurityKeys.SIGNING_ALIAS, keys.signingKeyPassword())))
                .orElse(List.of());
        LOG.info("SOAP WS-Security: responses {}, requests {}", out.isEmpty() ? "unsigned (no signing key store)" : "signed",
                soap.requireSignedRequests() ? "must be signed" : "verified when signed");
        return new SoapSignatureInterceptors(in, out);
    }
}
