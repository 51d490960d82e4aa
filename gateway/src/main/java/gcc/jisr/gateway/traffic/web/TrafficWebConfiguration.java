package gcc.jisr.gateway.traffic.web;

import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.config.TrafficProperties;
import gcc.jisr.gateway.http.BodySizeLimitFilter;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.intake.BatchLimits;
import gcc.jisr.routes.traffic.intake.EvidenceLimits;
import gcc.jisr.routes.traffic.intake.NoticeBatch;
import gcc.jisr.routes.traffic.intake.NoticeChecks;
import gcc.jisr.routes.traffic.intake.StatusUpdateChecks;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import java.time.Clock;

/** Wires the traffic faces' checks and the HTTP limits their larger bodies need. */
@Configuration(proxyBeanMethods = false)
public class TrafficWebConfiguration {

    @Bean
    NoticeChecks noticeChecks(CountryAdapters adapters, JisrProperties jisr, TrafficProperties traffic, Clock clock) {
        return new NoticeChecks(adapters, jisr.state(), new EvidenceLimits(traffic.maxEvidenceBytes().toBytes(),
                traffic.maxEvidenceItems()), traffic.clockSkew(), clock);
    }

    @Bean
    StatusUpdateChecks statusUpdateChecks(JisrProperties jisr, TrafficProperties traffic, Clock clock) {
        return new StatusUpdateChecks(jisr.state(), traffic.clockSkew(), clock);
    }

    @Bean
    NoticeBatch noticeBatch(NoticeChecks checks, TrafficIntake intake, TrafficProperties traffic) {
        return new NoticeBatch(checks, intake, new BatchLimits(traffic.batch().maxLines(),
                Math.toIntExact(traffic.batch().maxLineSize().toBytes())));
    }

    @Bean
    BodySizeLimitFilter.PathLimit trafficSubmissionBodyLimit(TrafficProperties traffic) {
        return new BodySizeLimitFilter.PathLimit(TrafficViolationController.VIOLATIONS, MediaType.MULTIPART_FORM_DATA_VALUE,
                traffic.maxSubmissionSize().toBytes());
    }

    @Bean
    BodySizeLimitFilter.PathLimit trafficBatchBodyLimit(TrafficProperties traffic) {
        return new BodySizeLimitFilter.PathLimit(TrafficBatchController.BATCH, null, traffic.batch().maxSize().toBytes());
    }

    /**
     * Multipart bodies as the servlet container parses them: small parts in memory, larger ones in a temporary file,
     * the whole body at most jisr.traffic.max-submission-size. The container reads the body from its own stream, past
     * the body size filter's, so its own limit is what bounds a chunked multipart body. No limit per part: each
     * evidence part is refused with its own code (JISR-413-ATTACHMENT-TOO-LARGE) as soon as it is read past the
     * evidence limit, which the container would answer with a generic failure. This replaces spring.servlet.multipart.*.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(TrafficProperties traffic) {
        return new MultipartConfigElement("", -1, traffic.maxSubmissionSize().toBytes(), (int) DataSize.ofKilobytes(256).toBytes());
    }

    /** Tomcat refuses more parts than server.tomcat.max-part-count (10 by default): a notice has up to 20 evidence parts. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> evidencePartCount(TrafficProperties traffic) {
        int parts = traffic.maxEvidenceItems() + 1;
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setMaxPartCount(Math.max(connector.getMaxPartCount(), parts)));
    }
}
