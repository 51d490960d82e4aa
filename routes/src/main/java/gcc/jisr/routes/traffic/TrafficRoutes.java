package gcc.jisr.routes.traffic;

import gcc.jisr.routes.outbox.OutboxBacklog;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * Store and forward of traffic messages. The outbox is polled; each due message is handed over, to the partner state's
 * gateway (signed envelope over mutual TLS, proven by its signed receipt) or to this state's national traffic system
 * (in its national format), and its outcome recorded: delivered, failed and due again after a back-off, or dead-
 * lettered. What partners send is verified by the partner routes before it reaches the reception here, which keeps it
 * durably before the partner gets its receipt.
 */
public class TrafficRoutes extends RouteBuilder {

    static final String DELIVER = "direct:traffic-deliver";
    static final String TO_PARTNER = "direct:traffic-to-partner";
    static final String TO_NATIONAL_SYSTEM = "direct:traffic-to-national-system";
    static final String NATIONAL_COMPONENT = "traffic-system-http";

    private final TrafficRouteSettings settings;

    public TrafficRoutes(TrafficRouteSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        getContext().addComponent(NATIONAL_COMPONENT, nationalHttp());
        ExecutorService deliverers = getContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "traffic-deliverer", settings.concurrency());
        TrafficLedger ledger = settings.ledger();
        OutboxBacklog backlog = new OutboxBacklog(settings.batchSize());

        // Synchronous: the next claim waits until every message of this one has its outcome, so a node never holds more
        // than one batch of leases (another node can take the rest, and a crash strands one batch at most). A full
        // batch means more are due: the next is claimed at once rather than after the poll interval, which had capped
        // delivery at one batch per interval (measured: 40 violations/s against 390/s accepted).
        from("timer:traffic-outbox?synchronous=true&period=" + settings.pollInterval().toMillis()
                + "&delay=" + settings.pollInterval().toMillis())
                .routeId("traffic-outbox")
                .setProperty(OutboxBacklog.PROPERTY, constant(true))
                .loopDoWhile(backlog)
                    .process(exchange -> exchange.getMessage().setBody(ledger.claimDue(settings.batchSize())))
                    .process(backlog.noteClaimed())
                    .split(body()).parallelProcessing().executorService(deliverers)
                        .to(DELIVER)
                    .end()
                .end();

        from(DELIVER).routeId("traffic-delivery")
                .process(new DeliveryStart(ledger, settings.ownState()))
                .doTry()
                    .toD("${exchangeProperty." + DeliveryStart.ENDPOINT + "}")
                .doCatch(Exception.class)
                    .process(new DeliveryFailure(ledger, settings.retries(), settings.clock()))
                .end();

        from(TO_PARTNER).routeId("traffic-to-partner")
                .process(new TrafficEnvelopeSealing(settings.envelopeValidity(), settings.clock()))
                .to(PartnerRoutes.SEND)
                .process(exchange -> ledger.delivered(DeliveryStart.due(exchange)));

        from(TO_NATIONAL_SYSTEM).routeId("traffic-to-national-system")
                .process(new NationalCallTranslation(settings.ownState(), settings.nationalTranslator(), settings.nationalSystem()))
                .doTry()
                    .toD("${exchangeProperty." + NationalCallTranslation.SYSTEM_URI + "}")
                .doCatch(IOException.class)
                    .process(new NationalSystemUnreachable())
                .end()
                .process(new NationalAnswerReading(settings.nationalTranslator(), ledger, settings.clock()));

        for (String service : GccServices.TRAFFIC) {
            from(PartnerRoutes.serviceEndpoint(service)).routeId("traffic-from-partner-" + service)
                    .process(new PartnerMessageReception(ledger));
        }
    }

    private HttpComponent nationalHttp() {
        long millis = settings.nationalTimeout().toMillis();
        HttpComponent http = new HttpComponent();
        http.setConnectTimeout(millis);
        http.setConnectionRequestTimeout(millis);
        http.setResponseTimeout(millis);
        http.setSoTimeout(millis);
        http.setFollowRedirects(false);
        return http;
    }
}
