package gcc.jisr.gateway.evidence;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.routes.trust.EnvelopeSigner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    @Bean
    EvidenceBundle evidenceBundle(JisrProperties properties, MessageArchive archive, GatewayCertificates certificates,
                                  EnvelopeSigner signer, Clock clock) {
        return new EvidenceBundle(properties.state(), archive, certificates, signer, clock);
    }
}
