package gcc.jisr.routes.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import gcc.jisr.routes.trust.ReceiptIssuer;
import gcc.jisr.routes.trust.SignedReceipt;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Wraps the service's answer in an envelope back to the sender, signs its exact bytes, and adds the signed receipt
 * for the envelope received: the sender leaves with proof of delivery and a signed answer, and the answer is archived.
 */
final class AnswerSealing implements Processor {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private final GccState ownState;
    private final EnvelopeSigner signer;
    private final ReceiptIssuer receipts;
    private final Duration validity;
    private final Clock clock;
    private final EnvelopeArchive archive;

    AnswerSealing(GccState ownState, EnvelopeSigner signer, ReceiptIssuer receipts, Duration validity, Clock clock,
                  EnvelopeArchive archive) {
        this.ownState = ownState;
        this.signer = signer;
        this.receipts = receipts;
        this.validity = validity;
        this.clock = clock;
        this.archive = archive;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        Envelope received = delivery.envelope;
        JsonNode payload = CanonicalJson.mapper().valueToTree(exchange.getMessage().getBody());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Envelope answer = new Envelope(UUID_V7.generate().toString(), received.correlationId(), received.messageId(),
                received.service() + GccServices.ANSWER_SUFFIX,
                new Envelope.Party(ownState.name(), received.to().agency()), received.from(),
                now, now.plus(validity), payload);
        byte[] bytes = answer.toJson();
        String signature = signer.sign(bytes, answer.messageId());
        SignedReceipt receipt = receipts.issue(received.messageId(), delivery.bytes);
        // The sender asked synchronously and gives no receipt for the answer: the answer is archived as signed.
        archive.keep(ArchivedEnvelope.sent(answer, bytes, signature, null));

        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.CONTENT_TYPE, PartnerRoutes.ENVELOPE_MEDIA_TYPE);
        message.setHeader(JwsProfile.HTTP_HEADER, signature);
        message.setHeader(PartnerRoutes.RECEIPT_HEADER, Base64.getUrlEncoder().withoutPadding().encodeToString(receipt.json()));
        message.setHeader(PartnerRoutes.RECEIPT_SIGNATURE_HEADER, receipt.signature());
        message.setBody(bytes);
    }
}
