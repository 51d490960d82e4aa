package gcc.jisr.gateway.civilid;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.gateway.config.AdapterSettingsByState;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.gateway.registries.ConfiguredRegistryDirectory;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.soap.JisrSoapFaults;
import gcc.jisr.gateway.soap.SoapSignatureInterceptors;
import gcc.jisr.routes.civilid.CivilIdForwarding;
import gcc.jisr.routes.civilid.CivilIdRouteSettings;
import gcc.jisr.routes.civilid.CivilIdVerificationRoute;
import gcc.jisr.routes.civilid.DisclosureGrant;
import gcc.jisr.routes.civilid.DisclosurePolicy;
import gcc.jisr.routes.partner.PartnerRateLimits;
import org.apache.camel.ProducerTemplate;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Wires civil-ID verification: the route, its registries and policy, and its SOAP endpoint. */
@Configuration(proxyBeanMethods = false)
public class CivilIdConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The adapters on the class path with the operators' jisr.adapters settings; an unknown setting stops the start. */
    @Bean
    CountryAdapters countryAdapters(JisrProperties properties) {
        return AdapterSettingsByState.of(properties.adapters()).applyTo(CountryAdapters.discover());
    }

    @Bean(destroyMethod = "close")
    SimulatedRegistries simulatedRegistries(JisrProperties properties) {
        return properties.simulators().enabled() ? new SimulatedRegistries(properties.simulators().host()) : SimulatedRegistries.none();
    }

    @Bean
    CivilIdVerificationRoute civilIdVerificationRoute(JisrProperties properties, CountryAdapters adapters,
                                                      SimulatedRegistries simulated, CivilIdForwarding forwarding,
                                                      PartnerRateLimits rateLimits, AgencyAdmission agencies, Clock clock) {
        DisclosurePolicy policy = new DisclosurePolicy(properties.disclosure().grants().stream()
                .map(g -> new DisclosureGrant(g.requesterState(), g.requesterAgency(), g.purposes(), g.disclosed(), g.matchOnly()))
                .toList());
        return new CivilIdVerificationRoute(new CivilIdRouteSettings(adapters,
                new ConfiguredRegistryDirectory(properties.registries().civilRegistry(), simulated),
                properties.registries().timeout(), policy, clock, Optional.of(forwarding), rateLimits, agencies));
    }

    @Bean
    EndpointImpl civilIdSoapEndpoint(Bus bus, ProducerTemplate producer, JisrProperties properties,
                                     SoapSignatureInterceptors signatures) {
        EndpointImpl endpoint = new EndpointImpl(bus, new CivilIdSoapEndpoint(producer));
        endpoint.setWsdlLocation("classpath:jisr/contracts/v1/wsdl/CivilIdVerification.wsdl");
        endpoint.setProperties(Map.of(
                "schema-validation-enabled", "IN",
                "org.apache.cxf.stax.maxElementDepth", properties.limits().maxXmlDepth(),
                "org.apache.cxf.stax.maxTextLength", (int) properties.limits().maxBodySize().toBytes()));
        endpoint.getOutFaultInterceptors().add(new JisrSoapFaults());
        endpoint.getInInterceptors().addAll(signatures.in());
        endpoint.getOutInterceptors().addAll(signatures.out());
        endpoint.getOutFaultInterceptors().addAll(signatures.out());
        endpoint.publish("/CivilIdVerification");
        return endpoint;
    }
}
