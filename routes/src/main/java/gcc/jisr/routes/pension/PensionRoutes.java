package gcc.jisr.routes.pension;

import gcc.jisr.routes.outbox.OutboxBacklog;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerRoutes;
import org.apache.camel.builder.RouteBuilder;

import java.util.concurrent.ExecutorService;

/**
 * Store and forward of pension messages, in parts. The outbox is polled for pension entries; each due entry is handed
 * over: a sealed part to the partner state's gateway (signed envelope over mutual TLS, proven by its signed receipt),
 * or a whole message received from a partner to this state's pension fund, whose answer goes back as an
 * acknowledgement. What partners send is verified by the partner routes, then opened here to prove it was sealed to
 * this gateway, and kept sealed until every part of its message is in.
 */
public class PensionRoutes extends RouteBuilder {

    static final String DELIVER = "direct:pension-deliver";
    static final String TO_PARTNER = "direct:pension-to-partner";
    static final String TO_FUND = "direct:pension-to-fund";

    private final PensionRouteSettings settings;

    public PensionRoutes(PensionRouteSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        ExecutorService deliverers = getContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "pension-deliverer", settings.concurrency());
        PensionLedger ledger = settings.ledger();

        OutboxBacklog backlog = new OutboxBacklog(settings.batchSize());

        // Synchronous, as for traffic: a node holds one batch of leases at a time, and a full batch claims the next
        // at once (a report leaves as hundreds of parts).
        from("timer:pension-outbox?synchronous=true&period=" + settings.pollInterval().toMillis()
                + "&delay=" + settings.pollInterval().toMillis())
                .routeId("pension-outbox")
                .setProperty(OutboxBacklog.PROPERTY, constant(true))
                .loopDoWhile(backlog)
                    .process(exchange -> exchange.getMessage().setBody(ledger.claimDue(settings.batchSize())))
                    .process(backlog.noteClaimed())
                    .split(body()).parallelProcessing().executorService(deliverers)
                        .to(DELIVER)
                    .end()
                .end();

        from(DELIVER).routeId("pension-delivery")
                .process(new PensionDeliveryStart(ledger, settings.ownState()))
                .doTry()
                    .toD("${exchangeProperty." + PensionDeliveryStart.ENDPOINT + "}")
                .doCatch(Exception.class)
                    .process(new PensionDeliveryFailure(ledger, settings.retries(), settings.clock()))
                .end();

        from(TO_PARTNER).routeId("pension-to-partner")
                .process(new PensionPartEnvelope(settings.envelopeValidity(), settings.clock()))
                .to(PartnerRoutes.SEND)
                .process(exchange -> ledger.delivered(PensionDeliveryStart.due(exchange)));

        from(TO_FUND).routeId("pension-to-fund")
                .process(new PensionFundDelivery(settings.ownState(), ledger, settings.sealing(), settings.fund(),
                        settings.limits(), settings.clock()));

        for (String service : GccServices.PENSION) {
            from(PartnerRoutes.serviceEndpoint(service)).routeId("pension-from-partner-" + service)
                    .process(new PensionPartReception(ledger, settings.sealing()));
        }
    }
}
