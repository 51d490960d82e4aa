package gcc.jisr.routes.civilid;

import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;

import java.io.IOException;

/**
 * Civil-ID verification, synchronous: a partner or national agency asks whether a card is valid and whose it is;
 * the issuing state's registry answers through its adapter; the requester learns only what it may.
 * SOAP and REST enter the same route; REST passes through its JSON ingress first.
 */
public class CivilIdVerificationRoute extends RouteBuilder {

    public static final String VERIFY = "direct:civil-id-verification";
    public static final String VERIFY_JSON = "direct:civil-id-verification-json";
    public static final String CORRELATION_ID_HEADER = "JisrCorrelationId";
    public static final String CORRELATION_ID_MDC = "correlationId";
    static final String REGISTRY_CALL = "direct:civil-id-registry-call";
    static final String ASK_NATIONAL_REGISTRY = "direct:civil-id-national-registry";
    static final String ASK_ISSUING_STATE = "direct:civil-id-issuing-state-gateway";
    /** A component of its own, so that the registries' timeouts are not shared with any other HTTP traffic. */
    static final String REGISTRY_COMPONENT = "civil-registry-http";

    private final CivilIdRouteSettings settings;

    public CivilIdVerificationRoute(CivilIdRouteSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        getContext().addComponent(REGISTRY_COMPONENT, registryHttp());
        // Failures are answered to the caller as catalogue errors: no redelivery for a synchronous question.
        errorHandler(noErrorHandler());

        from(VERIFY_JSON).routeId("civil-id-rest-ingress")
                .process(new JsonRequestReading())
                .to(VERIFY)
                .process(new JsonResponseWriting());

        from(VERIFY).routeId("civil-id-verification")
                .process(new VerificationOpening())
                .process(new CallerIsRequester(settings.agencies()))
                .process(new CivilIdRequestCheck(settings.adapters(), settings.clock()))
                .process(new RequesterRateLimiting(settings.requesterLimits(),
                        settings.forwarding().map(CivilIdForwarding::ownState)))
                .choice()
                    .when(this::issuedByPartnerState)
                        .to(ASK_ISSUING_STATE)
                    .otherwise()
                        .to(ASK_NATIONAL_REGISTRY)
                .end();

        from(ASK_NATIONAL_REGISTRY).routeId("civil-id-national-registry")
                .process(new RegistryCallTranslation(settings.registries()))
                .to(REGISTRY_CALL)
                .process(new RegistryAnswerReading(settings.clock()))
                .process(new ClaimedAttributeMatching(settings.disclosurePolicy()))
                .process(new VerificationAnswer(settings.disclosurePolicy(), settings.clock()));

        from(REGISTRY_CALL).routeId("civil-id-registry-call")
                .doTry()
                    .toD("${exchangeProperty." + RegistryCallTranslation.REGISTRY_URI + "}")
                .doCatch(IOException.class)
                    .process(new RegistryUnavailable(settings.registryTimeout()))
                .end();

        settings.forwarding().ifPresent(forwarding -> {
            from(ASK_ISSUING_STATE).routeId("civil-id-issuing-state-gateway")
                    .process(new ForwardedRequestSealing(forwarding, settings.clock()))
                    .to(PartnerRoutes.SEND)
                    .process(new ForwardedAnswerReading());

            from(PartnerRoutes.serviceEndpoint(GccServices.CIVIL_ID_VERIFY)).routeId("civil-id-from-partner")
                    .process(new PartnerRequestReading(forwarding))
                    .to(VERIFY);
        });
    }

    private boolean issuedByPartnerState(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        return settings.forwarding().map(f -> f.forwards(verification.civilId.issuingState())).orElse(false);
    }

    private HttpComponent registryHttp() {
        long millis = settings.registryTimeout().toMillis();
        HttpComponent http = new HttpComponent();
        http.setConnectTimeout(millis);
        http.setConnectionRequestTimeout(millis);
        http.setResponseTimeout(millis);
        http.setSoTimeout(millis);
        http.setFollowRedirects(false);
        return http;
    }
}
