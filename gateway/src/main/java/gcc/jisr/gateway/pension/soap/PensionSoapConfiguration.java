package gcc.jisr.gateway.pension.soap;

import gcc.jisr.gateway.soap.JisrSoapFaults;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.gateway.http.BodySizeLimitFilter;
import gcc.jisr.gateway.pension.PensionProperties;
import gcc.jisr.gateway.soap.SoapSignatureInterceptors;
import gcc.jisr.routes.pension.BoundReportReading;
import gcc.jisr.routes.pension.ContributionReportReading;
import gcc.jisr.routes.pension.PensionDocumentIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** Publishes the PensionExchange SOAP service as the traffic one is: schema-validated, signed, with Jisr fault codes. */
@Configuration(proxyBeanMethods = false)
public class PensionSoapConfiguration {

    static final String PATH = "/PensionExchange";

    @Bean
    BoundReportReading boundReportReading(ContributionReportReading reading, PensionProperties pension) {
        return new BoundReportReading(reading, pension.soap().maxRecords());
    }

    @Bean
    EndpointImpl pensionSoapEndpoint(Bus bus, BoundReportReading reports, PensionDocumentIntake documents,
                                     TrafficTracking tracking, MessageOwners owners, AgencyAdmission admission, JisrProperties properties,
                                     PensionProperties pension,
                                     SoapSignatureInterceptors signatures) {
        EndpointImpl endpoint = new EndpointImpl(bus, new PensionSoapEndpoint(reports, documents, tracking, owners, admission));
        endpoint.setWsdlLocation("classpath:jisr/contracts/v1/wsdl/PensionExchange.wsdl");
        endpoint.setProperties(Map.of(
                "schema-validation-enabled", "IN",
                "mtom-enabled", false,
                "org.apache.cxf.stax.maxElementDepth", properties.limits().maxXmlDepth(),
                // A report's text as a whole is bounded by the body's size; no one element comes near it.
                "org.apache.cxf.stax.maxTextLength", (int) properties.limits().maxBodySize().toBytes()));
        endpoint.getOutFaultInterceptors().add(new JisrSoapFaults());
        endpoint.getInInterceptors().addAll(signatures.in());
        endpoint.getOutInterceptors().addAll(signatures.out());
        endpoint.getOutFaultInterceptors().addAll(signatures.out());
        endpoint.publish(PATH);
        return endpoint;
    }

    /** A report over SOAP is larger than any other SOAP body, and bounded all the same: it is parsed whole. */
    @Bean
    BodySizeLimitFilter.PathLimit pensionSoapBodyLimit(PensionProperties pension, @Value("${cxf.path:/services}") String soapPath) {
        return new BodySizeLimitFilter.PathLimit(soapPath + PATH, null, pension.soap().maxSize().toBytes());
    }
}
