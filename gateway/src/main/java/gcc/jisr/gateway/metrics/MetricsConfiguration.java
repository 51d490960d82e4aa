package gcc.jisr.gateway.metrics;

import gcc.jisr.gateway.admin.partners.PartnerOverview;
import gcc.jisr.gateway.partners.PartnerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The gateway's own meters, beside Spring's (JVM, HTTP, data source) and Camel's (per-route exchanges and timings), all
 * at /actuator/prometheus. Meter names are documented in docs/operators.md.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    BorderMeters borderMeters(MeterRegistry registry) {
        return new BorderMeters(registry);
    }

    @Bean
    OutboxGauges outboxGauges(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        OutboxGauges gauges = new OutboxGauges(jdbc, clock);
        gauges.register(registry);
        return gauges;
    }

    @Bean
    CertificateGauges certificateGauges(PartnerOverview overview, PartnerRegistry partners, Clock clock,
                                        MeterRegistry registry) {
        CertificateGauges gauges = new CertificateGauges(overview, partners, clock);
        gauges.register(registry);
        return gauges;
    }
}
