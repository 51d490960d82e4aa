package gcc.jisr.gateway.civilid;

import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.contracts.civilid.v1.soap.CivilIdVerificationPortType;
import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.gateway.soap.SoapSigner;
import gcc.jisr.routes.civilid.CivilIdVerificationRoute;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The SOAP face of civil-ID verification: CXF has parsed and schema-checked the request, and verified its signature if
 * it carries one; a signed request may name a requester of the signer's state only. The route does the rest.
 */
@WebService(
        serviceName = "CivilIdVerification",
        portName = "CivilIdVerificationPort",
        targetNamespace = "urn:gcc:jisr:civil-id:wsdl:v1",
        endpointInterface = "gcc.jisr.contracts.civilid.v1.soap.CivilIdVerificationPortType",
        wsdlLocation = "classpath:jisr/contracts/v1/wsdl/CivilIdVerification.wsdl")
public class CivilIdSoapEndpoint implements CivilIdVerificationPortType {

    private final ProducerTemplate producer;

    /** Injected by CXF when the endpoint is published. */
    @Resource
    private WebServiceContext context;

    public CivilIdSoapEndpoint(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public CivilIdVerificationResponse verifyCivilId(CivilIdVerificationRequest request) throws JisrFault {
        String correlationId = request == null ? null : request.getCorrelationId();
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            AgencyCaller caller;
            try {
                caller = AgencyCallers.of(context);
                SoapSigner.of(context).ifPresent(signer -> signer.requireSpeaksFor(request.getRequester().getState(), "/requester/state"));
            } catch (JisrException refused) {
                throw JisrFailures.soapFault(refused, scope.correlationId());
            }
            Exchange result = producer.send(CivilIdVerificationRoute.VERIFY, exchange -> {
                exchange.getMessage().setBody(request);
                exchange.getMessage().setHeader(AgencyCaller.HEADER, caller);
                exchange.getMessage().setHeader(CivilIdVerificationRoute.CORRELATION_ID_HEADER, scope.correlationId());
            });
            if (result.getException() != null) {
                throw JisrFailures.soapFault(JisrFailures.classify(result.getException()), scope.correlationId());
            }
            return result.getMessage().getBody(CivilIdVerificationResponse.class);
        }
    }
}
