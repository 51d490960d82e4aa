package gcc.jisr.gateway.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.partner.PartnerDirectory;
import gcc.jisr.routes.partner.PartnerRoutes;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.trust.EnvelopeSignatureCheck;
import gcc.jisr.routes.trust.JwsProfile;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpMethods;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Asks a partner state's gateway, over mutual TLS on its partner port, for its events of a message exchanged with it,
 * and believes the answer only once its detached JWS verifies with a certificate of that very state (GCC CA, valid,
 * unrevoked) and it speaks of the message asked about. Whatever goes wrong is a {@link PartnerHalf} saying so, never
 * an exception: the operator still gets this gateway's half.
 */
public class PartnerEvents {

    /** The partner port's path, e.g. {@code /gcc/v1/messages/0190.../events}. */
    public static final String PATH = "/gcc/v1/messages/{messageId}/events";
    /** Message ids as gateways make them (UUIDs), bounded: anything else is never sent, nor answered. */
    public static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final int MAX_EVENTS = 1000;

    private final PartnerDirectory partners;
    private final PartnerCertificates certificates;
    private final ProducerTemplate producer;

    public PartnerEvents(PartnerDirectory partners, PartnerCertificates certificates, ProducerTemplate producer) {
        this.partners = partners;
        this.certificates = certificates;
        this.producer = producer;
    }

    /**
     * What came of asking the partner for its half.
     *
     * @param outcome VERIFIED (events hold the partner's, signature checked), UNREACHABLE (no answer in time),
     *                REFUSED (the partner answered with a problem, its code in detail), UNTRUSTED (an answer whose
     *                signature or content does not hold), or NOT_A_PARTNER (no gateway configured for that state)
     */
    public record PartnerHalf(GccState state, String outcome, String detail, List<MessageEvent> events) {

        static PartnerHalf without(GccState state, String outcome, String detail) {
            return new PartnerHalf(state, outcome, detail, List.of());
        }
    }

    public PartnerHalf of(GccState partner, String messageId) {
        URI gateway = partners.gatewayOf(partner).orElse(null);
        if (gateway == null) {
            return PartnerHalf.without(partner, "NOT_A_PARTNER", "this gateway knows no gateway of " + partner);
        }
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            return PartnerHalf.without(partner, "REFUSED", "not a message id a gateway would know");
        }
        String base = gateway.getRawPath() == null ? "" : gateway.getRawPath().replaceAll("/+$", "");
        // One endpoint per partner, the message's path in a header: an endpoint per message id would pile up in Camel.
        String uri = PartnerRoutes.PARTNER_COMPONENT + "://" + gateway.getHost() + ":" + gateway.getPort() + base
                + "?throwExceptionOnFailure=false";
        Exchange answer = producer.send(uri, exchange -> {
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, HttpMethods.GET);
            exchange.getMessage().setHeader(Exchange.HTTP_PATH, PATH.replace("{messageId}", messageId));
            exchange.getMessage().setBody(null);
        });
        if (answer.getException() != null) {
            Throwable failure = answer.getException();
            return PartnerHalf.without(partner, "UNREACHABLE", "the " + partner + " gateway did not answer: "
                    + (failure instanceof IOException ? failure.getClass().getSimpleName() + " " + failure.getMessage()
                    : failure.toString()));
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] body = answer.getMessage().getBody(byte[].class);
        if (status != 200) {
            return PartnerHalf.without(partner, "REFUSED", "HTTP " + status + " " + problemCode(body));
        }
        try {
            new EnvelopeSignatureCheck(chain -> {
                GccState signer = certificates.trustedState(chain);
                if (signer != partner) {
                    throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "signed by " + signer + ", not " + partner);
                }
                return chain.get(0);
            }).verify(body == null ? new byte[0] : body, answer.getMessage().getHeader(JwsProfile.HTTP_HEADER, String.class));
            JsonNode json = TrafficJson.mapper().readTree(body);
            if (!messageId.equals(json.path("messageId").asText()) || !partner.name().equals(json.path("gateway").asText())
                    || !json.path("events").isArray() || json.path("events").size() > MAX_EVENTS) {
                throw new JisrException(JisrError.PARTNER_PROTOCOL, "the answer does not speak of message " + messageId
                        + " at the " + partner + " gateway");
            }
            List<MessageEvent> events = new ArrayList<>();
            for (JsonNode event : json.path("events")) {
                MessageEvent read = MessageEvent.fromJson(event);
                if (!partner.name().equals(read.gateway()) || read.event() == null) {
                    throw new JisrException(JisrError.PARTNER_PROTOCOL, "an event is not the " + partner + " gateway's");
                }
                events.add(read);
            }
            return new PartnerHalf(partner, "VERIFIED", "signed by the " + partner + " gateway, signature verified",
                    List.copyOf(events));
        } catch (JisrException e) {
            return PartnerHalf.without(partner, "UNTRUSTED", e.error().code() + " " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return PartnerHalf.without(partner, "UNTRUSTED", "the answer cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static String problemCode(byte[] body) {
        try {
            return body == null ? "" : TrafficJson.mapper().readTree(body).path("code").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
