package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.partners.RegistryPartnerDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.routes.civilid.CivilIdForwarding;
import gcc.jisr.routes.partner.EnvelopeArchive;
import gcc.jisr.routes.partner.PartnerAuthorization;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.partner.PartnerDirectory;
import gcc.jisr.routes.partner.PartnerRouteSettings;
import gcc.jisr.routes.partner.PartnerRateLimits;
import gcc.jisr.routes.partner.PartnerRoutes;
import gcc.jisr.routes.partner.SeenMessages;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.SigningIdentity;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gcc.jisr.gateway.national.DevelopmentAgencies;
import gcc.jisr.gateway.national.NationalApiProperties;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import org.apache.catalina.connector.Connector;

import java.time.Clock;

/**
 * Wires this gateway into the GCC network: its keys (a development PKI when none is installed and that is allowed),
 * the mutual-TLS partner port, the partner directory and authorization matrix, and the partner routes.
 */
@Configuration(proxyBeanMethods = false)
public class NetworkConfiguration {

    static final String PARTNER_REGISTRY_CHANGES = "jisr-partner-registry-changes";

    @Bean
    GatewayCertificates gatewayCertificates(JisrProperties properties, NationalApiProperties national, Clock clock) {
        JisrProperties.Trust trust = properties.trust();
        GatewayCertificates certificates = new GatewayCertificates(trust.directory(), trust.password().toCharArray());
        DevelopmentPki.ensure(certificates, properties.state(), trust.createDevelopmentPki(), clock);
        DevelopmentPki.ensureAgencies(certificates, DevelopmentAgencies.orDefault(national.developmentAgencies()),
                trust.createDevelopmentPki(), clock);
        return certificates;
    }

    /** The partners as operators change them, seeded by jisr.partners (admin API, docs/operators.md). */
    @Bean
    PartnerRegistry partnerRegistry(JdbcTemplate jdbc, TransactionTemplate transactions, HazelcastInstance hazelcast,
                                    JisrProperties properties, GatewayCertificates certificates, Clock clock) {
        return new PartnerRegistry(jdbc, transactions, hazelcast.getMap(PARTNER_REGISTRY_CHANGES), properties.state(),
                properties.partners(), certificates, clock);
    }

    @Bean
    PartnerCertificates partnerCertificates(GatewayCertificates certificates, PartnerRegistry registry, Clock clock) {
        return new ReloadingPartnerCertificates(certificates, state -> registry.current().pinned(state, clock.instant()), clock);
    }

    @Bean
    EnvelopeSigner envelopeSigner(GatewayCertificates certificates, JisrProperties properties) {
        return new EnvelopeSigner(SigningIdentity.fromPkcs12(
                certificates.keyStoreFile(properties.state(), CertificateKind.SIGNING),
                CertificateKind.SIGNING.alias(), properties.trust().password().toCharArray()));
    }

    @Bean
    PartnerDirectory partnerDirectory(PartnerRegistry registry) {
        return new RegistryPartnerDirectory(registry);
    }

    @Bean
    PartnerAuthorization partnerAuthorization(PartnerRegistry registry) {
        return new PartnerAuthorization(() -> registry.current().matrix());
    }

    @Bean
    CivilIdForwarding civilIdForwarding(JisrProperties properties, PartnerDirectory partners, PartnerAuthorization authorization) {
        return new CivilIdForwarding(properties.state(), partners, authorization, properties.partners().replayWindow());
    }

    @Bean
    PartnerRoutes partnerRoutes(JisrProperties properties, EnvelopeSigner signer, PartnerCertificates certificates,
                                PartnerDirectory partners, PartnerAuthorization authorization, SeenMessages seen,
                                EnvelopeArchive archive, Clock clock, PartnerRateLimits rateLimits) {
        JisrProperties.Partners p = properties.partners();
        return new PartnerRoutes(new PartnerRouteSettings(properties.state(), signer, certificates, partners, authorization,
                seen, archive, p.replayWindow(), p.clockSkew(), p.timeout(), clock, rateLimits));
    }

    /** The client side of mutual TLS: this state's TLS key, the GCC root as the only trust anchor, TLS 1.3. */
    @Bean(PartnerRoutes.PARTNER_COMPONENT)
    HttpComponent partnerHttps(GatewayCertificates certificates, JisrProperties properties) {
        GccState state = properties.state();
        String password = properties.trust().password();
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + certificates.keyStoreFile(state, CertificateKind.TLS).toAbsolutePath());
        keyStore.setType("PKCS12");
        keyStore.setPassword(password);
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(keyStore);
        keys.setKeyPassword(password);
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + certificates.trustStoreFile().toAbsolutePath());
        trustStore.setType("PKCS12");
        trustStore.setPassword(password);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        SecureSocketProtocolsParameters protocols = new SecureSocketProtocolsParameters();
        protocols.setSecureSocketProtocol(properties.partners().tlsProtocols());
        SSLContextParameters tls = new SSLContextParameters();
        tls.setKeyManagers(keys);
        tls.setTrustManagers(trust);
        tls.setSecureSocketProtocols(protocols);

        long millis = properties.partners().timeout().toMillis();
        HttpComponent http = new HttpComponent();
        http.setSslContextParameters(tls);
        http.setConnectTimeout(millis);
        http.setConnectionRequestTimeout(millis);
        http.setResponseTimeout(millis);
        http.setSoTimeout(millis);
        http.setFollowRedirects(false);
        // HttpClient ties a connection made with a client certificate to that principal and, unless told otherwise,
        // never hands it to a request without one: every call would pay a new mutual-TLS handshake. All calls of this
        // component present the same gateway certificate, so the connections are shared.
        http.setHttpClientConfigurer(builder -> builder.disableConnectionState());
        return http;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerConnector(JisrProperties properties,
                                                                          GatewayCertificates certificates,
                                                                          SurfacePorts ports) {
        return factory -> {
            Connector partners = PartnerConnector.create(properties, certificates);
            factory.addAdditionalTomcatConnectors(partners);
            ports.partner(partners);
        };
    }
}
