package gcc.jisr.routes.partner;

import org.apache.camel.builder.RouteBuilder;

import java.io.IOException;

/**
 * The border between two gateways. Ingress: an envelope from a partner is authenticated (TLS certificate, signature
 * over the exact bytes, states), refused if its state is disabled, held to the partner's rate limit, checked for freshness and replay, authorized,
 * archived, handed to its service's route, and answered with a signed (and archived) envelope and a signed receipt. Send: an envelope to a partner is
 * signed, posted over mutual TLS, and its answer trusted only once signed and receipted; the envelope sent is archived
 * with the partner's receipt, and the answer beside it.
 */
public class PartnerRoutes extends RouteBuilder {

    public static final String INGRESS = "direct:partner-ingress";
    public static final String SEND = "direct:partner-send";
    /** Exchange property: the TLS client certificate chain of the calling gateway, leaf first. */
    public static final String PEER_CERTIFICATES = "jisr.peerCertificates";
    public static final String ENVELOPE_MEDIA_TYPE = "application/json";
    public static final String ENVELOPES_PATH = "/gcc/v1/envelopes";
    public static final String RECEIPT_HEADER = "Jisr-Receipt";
    public static final String RECEIPT_SIGNATURE_HEADER = "Jisr-Receipt-Signature";
    /** The mutual-TLS HTTP component the application registers: the routes never build a TLS context. */
    public static final String PARTNER_COMPONENT = "partner-https";

    private final PartnerRouteSettings settings;

    /** Where the route of a service takes envelopes from partners, e.g. {@code direct:partner-service-gcc.civil-id.verify.v1}. */
    public static String serviceEndpoint(String service) {
        return "direct:partner-service-" + service;
    }

    public PartnerRoutes(PartnerRouteSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        EnvelopeFreshness freshness = new EnvelopeFreshness(settings.replayWindow(), settings.clockSkew(), settings.clock());

        from(INGRESS).routeId("partner-ingress")
                .process(new EnvelopeAuthentication(settings.ownState(), settings.certificates()))
                .process(new PartnerAdmission(settings.authorization()))
                .process(new PartnerRateLimiting(settings.rateLimits()))
                .process(freshness)
                .process(new ReplayGuard(settings.seen(), freshness.memory()))
                .process(new ServiceAuthorization(settings.authorization()))
                .process(new ReceivedEnvelopeArchiving(settings.archive()))
                .process(new ServiceDispatch())
                .toD("${exchangeProperty." + ServiceDispatch.SERVICE_ENDPOINT + "}")
                .process(new AnswerSealing(settings.ownState(), settings.signer(), settings.receiptIssuer(),
                        settings.replayWindow(), settings.clock(), settings.archive()));

        from(SEND).routeId("partner-send")
                .process(new EnvelopeSending(settings.partners(), settings.signer()))
                .doTry()
                    .toD("${exchangeProperty." + EnvelopeSending.PARTNER_URI + "}")
                .doCatch(IOException.class)
                    .process(new PartnerUnreachable(settings.timeout()))
                .end()
                .process(new PartnerAnswerCheck(settings.ownState(), settings.certificates(), settings.archive()));
    }
}
