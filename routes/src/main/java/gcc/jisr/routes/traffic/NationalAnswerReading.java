package gcc.jisr.routes.traffic;

import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.routes.partner.GccServices;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Reads the national traffic system's answer in its national format. A notice's answer becomes the acknowledgement
 * that travels back to the reporting state; a status change only has to be taken.
 */
final class NationalAnswerReading implements Processor {

    private final TrafficSystemTranslator translator;
    private final TrafficLedger ledger;
    private final Clock clock;

    NationalAnswerReading(TrafficSystemTranslator translator, TrafficLedger ledger, Clock clock) {
        this.translator = translator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        DueMessage message = DeliveryStart.due(exchange);
        Message answer = exchange.getMessage();
        int status = answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] body = answer.getBody(byte[].class);
        TrafficPayload payload = TrafficPayload.of(message.service(), message.payload());
        if (GccServices.TRAFFIC_NOTICE.equals(message.service())) {
            TrafficAcknowledgement acknowledgement = translator.acknowledgementOf(payload.notice(), message.messageId(),
                    status, body == null ? new byte[0] : body, OffsetDateTime.now(clock));
            ledger.acknowledgedNationally(message, acknowledgement);
        } else {
            translator.checkStatusUpdateAnswer(payload.statusUpdate(), status, body == null ? new byte[0] : body);
            ledger.delivered(message);
        }
    }
}
