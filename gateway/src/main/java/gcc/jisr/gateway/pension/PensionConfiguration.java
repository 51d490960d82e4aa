package gcc.jisr.gateway.pension;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.http.BodySizeLimitFilter;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.traffic.OutboxProperties;
import gcc.jisr.gateway.traffic.TrackedMessages;
import gcc.jisr.gateway.traffic.TrafficConfiguration;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.pension.ContributionReportReading;
import gcc.jisr.routes.pension.PensionDocumentIntake;
import gcc.jisr.routes.pension.PensionFund;
import gcc.jisr.routes.pension.PensionInstitutions;
import gcc.jisr.routes.pension.PensionKeys;
import gcc.jisr.routes.pension.PensionLimits;
import gcc.jisr.routes.pension.PensionRouteSettings;
import gcc.jisr.routes.pension.PensionRoutes;
import gcc.jisr.routes.pension.PensionSealing;
import gcc.jisr.routes.traffic.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Wires the pension flow: the institutions, the sealing keys, the durable ledger, the intake faces, this state's
 * pension fund (jisr.pension.fund.url, or a simulated one when simulators are enabled) and the store-and-forward routes.
 */
@Configuration(proxyBeanMethods = false)
public class PensionConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PensionConfiguration.class);

    /** This state's simulated fund, when one runs. */
    public record SimulatedFund(SimulatedPensionFund fund) implements AutoCloseable {
        @Override
        public void close() {
            if (fund != null) {
                fund.close();
            }
        }
    }

    @Bean
    PensionInstitutions pensionInstitutions(PensionProperties pension) {
        return new PensionInstitutions(pension.institutionsOrDefault());
    }

    @Bean
    PensionKeys pensionKeys(GatewayCertificates certificates, PartnerCertificates trust, JisrProperties properties,
                            PensionProperties pension) {
        return new StoredPensionKeys(certificates, trust, properties.state(), pension.encryptionCertificates());
    }

    @Bean
    PensionSealing pensionSealing(PensionKeys keys) {
        return new PensionSealing(keys);
    }

    @Bean
    PensionLimits pensionLimits(PensionProperties pension) {
        return new PensionLimits(pension.maxRecords(), Math.toIntExact(pension.maxLineSize().toBytes()), pension.partRecords(),
                Math.toIntExact(pension.partSize().toBytes()), Math.toIntExact(pension.sealedPartSize().toBytes()));
    }

    @Bean
    JdbcPensionLedger pensionLedger(JisrProperties properties, PensionProperties pension, OutboxProperties outboxSettings,
                                    TrackedMessages tracked,
                                    Outbox outbox, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
                                    TrafficConfiguration.NodeName node, PartnerSuspensions suspensions) {
        JdbcPensionLedger ledger = new JdbcPensionLedger(properties.state(), tracked, outbox, jdbc, transactions, clock,
                node.value(), outboxSettings.lease(), suspensions::held);
        ledger.discardAbandonedStaging(pension.abandonedStagingAfter());
        return ledger;
    }

    @Bean
    ContributionReportReading contributionReportReading(JisrProperties properties, PensionInstitutions institutions,
                                                        CountryAdapters adapters, PensionSealing sealing,
                                                        JdbcPensionLedger ledger, PensionLimits limits) {
        return new ContributionReportReading(properties.state(), institutions, adapters, sealing, ledger, limits);
    }

    @Bean
    PensionDocumentIntake pensionDocumentIntake(JisrProperties properties, PensionInstitutions institutions,
                                                CountryAdapters adapters, PensionSealing sealing, JdbcPensionLedger ledger) {
        return new PensionDocumentIntake(properties.state(), institutions, adapters, sealing, ledger);
    }

    @Bean
    SimulatedFund simulatedPensionFund(JisrProperties properties, PensionProperties pension, CountryAdapters adapters) {
        if (!properties.simulators().enabled() || pension.fund().url() != null) {
            return new SimulatedFund(null);
        }
        GccState state = properties.state();
        List<String> institutions = pension.institutionsOrDefault().getOrDefault(state, List.of("FUND"));
        try {
            SimulatedPensionFund fund = new SimulatedPensionFund(state, state + ":" + institutions.get(0),
                    adapters.forState(state).orElseThrow().civilIds(), properties.simulators().host());
            LOG.info("simulated {} pension fund listening at {}", state, fund.uri());
            return new SimulatedFund(fund);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    PensionFund pensionFund(PensionProperties pension, SimulatedFund simulated) {
        URI url = pension.fund().url() != null ? pension.fund().url()
                : simulated.fund() != null ? simulated.fund().uri() : URI.create("http://127.0.0.1:9/unconfigured-pension-fund");
        return new HttpPensionFund(url, pension.fund().timeout());
    }

    @Bean
    PensionRoutes pensionRoutes(JisrProperties properties, PensionProperties pension, OutboxProperties outboxSettings,
                                JdbcPensionLedger ledger, PensionSealing sealing, PensionFund fund, PensionLimits limits,
                                Clock clock) {
        OutboxProperties.Retry retry = outboxSettings.retry();
        RetrySchedule schedule = new RetrySchedule(retry.firstInterval(), retry.multiplier(), retry.maxInterval(),
                retry.giveUpAfter(), retry.jitter(), () -> ThreadLocalRandom.current().nextDouble());
        return new PensionRoutes(new PensionRouteSettings(properties.state(), ledger, sealing, fund, schedule,
                pension.pollInterval(), pension.batchSize(), pension.concurrency(), limits,
                properties.partners().replayWindow(), clock));
    }

    @Bean
    ReportAcknowledgements reportAcknowledgements(TrackedMessages tracked, JdbcTemplate jdbc, JdbcPensionLedger ledger,
                                                  PensionSealing sealing) {
        return new ReportAcknowledgements(tracked, jdbc, ledger, sealing);
    }

    /** A report is larger than any other body: its own limit, read as a stream. */
    @Bean
    BodySizeLimitFilter.PathLimit pensionReportBodyLimit(PensionProperties pension) {
        return new BodySizeLimitFilter.PathLimit(PensionController.REPORTS, null, pension.maxReportSize().toBytes());
    }
}
