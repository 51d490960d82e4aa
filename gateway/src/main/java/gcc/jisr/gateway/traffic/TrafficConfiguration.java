package gcc.jisr.gateway.traffic;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.metrics.CountedTrafficLedger;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.routes.traffic.RetrySchedule;
import gcc.jisr.routes.traffic.TrafficRouteSettings;
import gcc.jisr.routes.traffic.TrafficRoutes;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Wires the traffic-violation flow: the durable intake, tracking and ledger on the store, and the store-and-forward
 * routes with this state's national traffic system (configured at jisr.registries.traffic-system, or simulated).
 */
@Configuration(proxyBeanMethods = false)
public class TrafficConfiguration {

    static final String PARTNER_SUSPENSIONS = "jisr-partner-suspensions";

    /** This node's name in outbox leases and tracking histories. */
    public record NodeName(String value) {
    }

    @Bean
    NodeName trafficNodeName(OutboxProperties outbox, JisrProperties properties) {
        if (!outbox.node().isBlank()) {
            return new NodeName(outbox.node());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return new NodeName(properties.state().name().toLowerCase() + "-" + host + "-" + ProcessHandle.current().pid());
    }

    @Bean
    TrackedMessages trackedMessages(JdbcTemplate jdbc) {
        return new TrackedMessages(jdbc);
    }

    @Bean
    EvidenceFiles evidenceFiles(JdbcTemplate jdbc) {
        return new EvidenceFiles(jdbc);
    }

    @Bean
    DurableTrafficIntake trafficIntake(JisrProperties properties, TrackedMessages tracked, EvidenceFiles evidence,
                                       Outbox outbox, TransactionTemplate transactions, Clock clock, NodeName node) {
        return new DurableTrafficIntake(properties.state(), tracked, evidence, outbox, transactions, clock, node.value());
    }

    @Bean
    StoredTrafficTracking trafficTracking(TrackedMessages tracked, Outbox outbox, JdbcTemplate jdbc,
                                          TransactionTemplate transactions, Clock clock, NodeName node) {
        return new StoredTrafficTracking(tracked, outbox, jdbc, transactions, clock, node.value());
    }

    /**
     * The held partners: jisr.outbox.held at start, then what operators suspend and resume, and the partners they
     * disable (admin API).
     */
    @Bean
    PartnerSuspensions partnerSuspensions(OutboxProperties settings, HazelcastInstance hazelcast, PartnerRegistry registry) {
        return new PartnerSuspensions(hazelcast.getMap(PARTNER_SUSPENSIONS), settings.held(), () -> registry.current().disabled());
    }

    @Bean
    JdbcTrafficLedger trafficLedger(JisrProperties properties, OutboxProperties settings, TrackedMessages tracked,
                                    EvidenceFiles evidence, Outbox outbox, TransactionTemplate transactions, Clock clock,
                                    NodeName node, PartnerSuspensions suspensions) {
        JdbcTrafficLedger ledger = new JdbcTrafficLedger(properties.state(), tracked, evidence, outbox, transactions, clock,
                node.value(),
                settings.lease(), suspensions::held);
        ledger.resumeAfterRestart();
        return ledger;
    }

    @Bean
    TrafficRoutes trafficRoutes(JisrProperties properties, OutboxProperties settings, JdbcTrafficLedger ledger,
                                CountryAdapters adapters, SimulatedRegistries simulated, Clock clock,
                                MeterRegistry registry) {
        GccState state = properties.state();
        TrafficSystemTranslator translator = adapters.forState(state)
                .orElseThrow(() -> new IllegalStateException("no adapter for " + state + " on the class path"))
                .trafficSystem();
        Optional<URI> system = Optional.ofNullable(properties.registries().trafficSystem().get(state))
                .or(() -> Optional.ofNullable(simulated.trafficSystems().get(state)));
        OutboxProperties.Retry retry = settings.retry();
        RetrySchedule schedule = new RetrySchedule(retry.firstInterval(), retry.multiplier(), retry.maxInterval(),
                retry.giveUpAfter(), retry.jitter(), () -> ThreadLocalRandom.current().nextDouble());
        return new TrafficRoutes(new TrafficRouteSettings(state, new CountedTrafficLedger(ledger, registry), schedule, settings.pollInterval(),
                settings.batchSize(), settings.concurrency(), translator, system, settings.nationalTimeout(),
                properties.partners().replayWindow(), clock));
    }
}
