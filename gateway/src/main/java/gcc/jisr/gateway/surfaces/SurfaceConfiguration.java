package gcc.jisr.gateway.surfaces;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.national.NationalApiProperties;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.util.List;

/**
 * The national port (Spring Boot's own connector, made TLS with this state's certificate, client certificates
 * requested) and the management port (a connector of its own); the partner port is the network's. One guard keeps
 * each port to its own paths.
 */
@Configuration(proxyBeanMethods = false)
public class SurfaceConfiguration {

    /** The guard runs before anything else, the agency authentication right after it. */
    public static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    SurfacePorts surfacePorts() {
        return new SurfacePorts();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nationalAndManagementConnectors(
            JisrProperties properties, NationalApiProperties national, ManagementProperties management,
            GatewayCertificates certificates, SurfacePorts ports) {
        return factory -> {
            String password = properties.trust().password();
            String alias = CertificateKind.TLS.alias();
            boolean nationalTls = national.tls().enabled();
            ports.nationalTls(nationalTls);
            if (nationalTls) {
                factory.addConnectorCustomizers(connector -> TlsConnectors.secure(connector,
                        certificates.loadKeyStore(properties.state(), CertificateKind.TLS), alias, password,
                        national.tls().protocols(), TlsConnectors.ClientCertificates.REQUESTED));
            }
            Connector operators = TlsConnectors.connector(management.port(), management.address(), management.tls().enabled(),
                    certificates.loadKeyStore(properties.state(), CertificateKind.TLS), alias, password,
                    List.of("TLSv1.3", "TLSv1.2"), TlsConnectors.ClientCertificates.NONE);
            factory.addAdditionalTomcatConnectors(operators);
            ports.management(operators);
        };
    }

    @Bean
    FilterRegistrationBean<SurfaceGuard> surfaceGuard(SurfacePorts ports, ObjectMapper json,
                                                      @Value("${camel.main.name:jisr}") String gateway) {
        FilterRegistrationBean<SurfaceGuard> registration = new FilterRegistrationBean<>(new SurfaceGuard(ports, json, gateway));
        registration.addUrlPatterns("/*");
        registration.setOrder(GUARD_ORDER);
        return registration;
    }
}
