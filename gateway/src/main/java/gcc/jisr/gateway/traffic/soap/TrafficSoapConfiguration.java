package gcc.jisr.gateway.traffic.soap;

import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.gateway.config.TrafficProperties;
import gcc.jisr.gateway.http.BodySizeLimitFilter;
import gcc.jisr.gateway.soap.SoapSignatureInterceptors;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import gcc.jisr.routes.traffic.intake.NoticeChecks;
import gcc.jisr.routes.traffic.intake.StatusUpdateChecks;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** Publishes the TrafficViolation SOAP service as the civil-ID one is: schema-validated, signed, with Jisr fault codes. */
@Configuration(proxyBeanMethods = false)
public class TrafficSoapConfiguration {

    static final String PATH = "/TrafficViolation";

    @Bean
    EndpointImpl trafficSoapEndpoint(Bus bus, NoticeChecks notices, StatusUpdateChecks updates, TrafficIntake intake,
                                     TrafficTracking tracking, MessageOwners owners, AgencyAdmission admission, JisrProperties properties,
                                     SoapSignatureInterceptors signatures) {
        EndpointImpl endpoint = new EndpointImpl(bus, new TrafficSoapEndpoint(notices, updates, intake, tracking, owners, admission));
        endpoint.setWsdlLocation("classpath:jisr/contracts/v1/wsdl/TrafficViolation.wsdl");
        // Requests may carry evidence as MTOM attachments (outside the XML, so the XML's text stays as bounded as
        // civil-ID's); CXF reads those whatever this setting. Answers carry no binary data and stay plain XML: with MTOM
        // on, WSS4J would move the signing certificate of every answer into an attachment, out of reach of tools that
        // check the signature on the XML alone.
        endpoint.setProperties(Map.of(
                "schema-validation-enabled", "IN",
                "mtom-enabled", false,
                "org.apache.cxf.stax.maxElementDepth", properties.limits().maxXmlDepth(),
                "org.apache.cxf.stax.maxTextLength", (int) properties.limits().maxBodySize().toBytes()));
        endpoint.getOutFaultInterceptors().add(new TrafficSoapFaults());
        endpoint.getInInterceptors().addAll(signatures.in());
        endpoint.getOutInterceptors().addAll(signatures.out());
        endpoint.getOutFaultInterceptors().addAll(signatures.out());
        endpoint.publish(PATH);
        return endpoint;
    }

    /** A notice with its evidence attachments is as large as a multipart submission over REST. */
    @Bean
    BodySizeLimitFilter.PathLimit trafficSoapBodyLimit(TrafficProperties traffic, @Value("${cxf.path:/services}") String soapPath) {
        return new BodySizeLimitFilter.PathLimit(soapPath + PATH, null, traffic.maxSubmissionSize().toBytes());
    }
}
