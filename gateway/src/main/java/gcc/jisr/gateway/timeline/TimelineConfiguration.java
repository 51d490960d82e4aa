package gcc.jisr.gateway.timeline;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.gateway.traffic.TrackedMessages;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.partner.PartnerDirectory;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the message timelines: this gateway's events, and the partner's asked for over its partner port. */
@Configuration(proxyBeanMethods = false)
public class TimelineConfiguration {

    @Bean
    LocalMessageEvents localMessageEvents(JisrProperties properties, TrackedMessages tracked, MessageArchive archive,
                                          JdbcTemplate jdbc) {
        return new LocalMessageEvents(properties.state(), tracked, archive, jdbc);
    }

    @Bean
    PartnerEvents partnerEvents(PartnerDirectory partners, PartnerCertificates certificates, ProducerTemplate producer) {
        return new PartnerEvents(partners, certificates, producer);
    }

    @Bean
    MessageTimeline messageTimeline(JisrProperties properties, LocalMessageEvents local, PartnerEvents partners) {
        return new MessageTimeline(properties.state(), local, partners);
    }
}
