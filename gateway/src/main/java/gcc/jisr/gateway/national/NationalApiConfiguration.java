package gcc.jisr.gateway.national;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.ratelimit.SharedTokenBuckets;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.gateway.surfaces.SurfaceConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** Who may call the national API: agency systems with a certificate of their state's agency CA or a token of its provider. */
@Configuration(proxyBeanMethods = false)
public class NationalApiConfiguration {

    /** Right after the surface guard, before anything reads a body. */
    public static final int AUTHENTICATION_ORDER = SurfaceConfiguration.GUARD_ORDER + 1;

    @Bean
    AgencyRegistry agencyRegistry(JdbcTemplate jdbc, Clock clock) {
        return new AgencyRegistry(jdbc, clock);
    }

    @Bean
    AgencyAdmission agencyAdmission(NationalApiProperties national, SharedTokenBuckets buckets, AgencyRegistry registry) {
        return new GrantedAgencyAdmission(national.grants(), national.rateLimits(), buckets, registry);
    }

    @Bean
    MessageOwners messageOwners(JisrProperties properties, CountryAdapters adapters) {
        GccState state = properties.state();
        return new MessageOwners(state, adapters.forState(state)
                .orElseThrow(() -> new IllegalStateException("no adapter for " + state + " on the class path"))
                .trafficSystem().agency());
    }

    @Bean
    FilterRegistrationBean<AgencyAuthentication> agencyAuthentication(NationalApiProperties national, GatewayCertificates certificates,
                                                                      Clock clock, ObjectMapper json,
                                                                      @Value("${cxf.path:/services}") String soapPath) {
        AgencyAuthentication filter = new AgencyAuthentication(new ReloadingAgencyCertificates(certificates, clock),
                new AgencyTokens(national.tokenIssuers(), national.tokenCache(), clock), soapPath, json);
        FilterRegistrationBean<AgencyAuthentication> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*", soapPath + "/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }
}
