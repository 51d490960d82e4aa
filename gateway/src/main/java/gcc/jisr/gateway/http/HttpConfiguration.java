package gcc.jisr.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.gateway.config.JisrProperties;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** HTTP-level guards of the message endpoints. */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(JisrProperties properties, ObjectMapper json,
                                                              @Value("${cxf.path:/services}") String soapPath,
                                                              ObjectProvider<BodySizeLimitFilter.PathLimit> pathLimits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.limits().maxBodySize().toBytes(), soapPath, json, pathLimits.orderedStream().toList()));
        registration.addUrlPatterns("/api/*", soapPath + "/*", "/gcc/*");
        // After the surface guard and the agency authentication: an anonymous body is never read.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StartingGatewayFilter> startingGateway(CamelContext camel, ObjectMapper json,
                                                                 @Value("${cxf.path:/services}") String soapPath) {
        FilterRegistrationBean<StartingGatewayFilter> registration = new FilterRegistrationBean<>(
                new StartingGatewayFilter(camel, soapPath, json));
        registration.addUrlPatterns("/api/*", soapPath + "/*", "/gcc/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
