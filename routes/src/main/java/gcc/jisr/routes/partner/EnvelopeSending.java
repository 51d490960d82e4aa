package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;

import java.net.URI;

/**
 * Serializes the outgoing envelope once, signs those exact bytes and addresses the HTTP call to the receiving
 * state's gateway. Headers are cleared first: nothing of the national caller's request travels but the envelope.
 */
final class EnvelopeSending implements org.apache.camel.Processor {

    static final String PARTNER_URI = "jisr.partnerUri";

    private final PartnerDirectory partners;
    private final EnvelopeSigner signer;

    EnvelopeSending(PartnerDirectory partners, EnvelopeSigner signer) {
        this.partners = partners;
        this.signer = signer;
    }

    @Override
    public void process(Exchange exchange) {
        OutgoingEnvelope outgoing = OutgoingEnvelope.of(exchange);
        GccState to = outgoing.envelope.to().gccState();
        URI gateway = partners.gatewayOf(to).orElseThrow(() -> new JisrException(JisrError.STATE_NOT_SERVED,
                "this gateway knows no gateway of " + to));
        outgoing.bytes = outgoing.envelope.toJson();

        Message message = exchange.getMessage();
        message.getHeaders().clear();
        // The enum, not its name: camel-http converts a String to it with a type-converter lookup per call that
        // scans every converter (JFR: a tenth of a gateway's allocations under load).
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.POST);
        message.setHeader(Exchange.CONTENT_TYPE, PartnerRoutes.ENVELOPE_MEDIA_TYPE);
        outgoing.signature = signer.sign(outgoing.bytes, outgoing.envelope.messageId());
        message.setHeader(JwsProfile.HTTP_HEADER, outgoing.signature);
        message.setBody(outgoing.bytes);
        String base = withoutTrailingSlashes(gateway.getRawPath());
        exchange.setProperty(PARTNER_URI, PartnerRoutes.PARTNER_COMPONENT + "://" + gateway.getHost() + ":" + gateway.getPort()
                + base + PartnerRoutes.ENVELOPES_PATH + "?throwExceptionOnFailure=false");
    }

    // Not String.replaceAll: a regular expression compiled per envelope sent showed in the profile of every call.
    private static String withoutTrailingSlashes(String path) {
        if (path == null) {
            return "";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
