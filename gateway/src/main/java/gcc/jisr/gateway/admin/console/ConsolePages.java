package gcc.jisr.gateway.admin.console;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operators' web console at /console: static pages (src/main/resources/static/console) that call the admin API
 * with the operator's credentials. The pages themselves hold nothing secret and need no login; every call they make
 * does. The gateway serves no other static resources (spring.web.resources.add-mappings is off), so these are mapped
 * here, alone.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolePages implements WebMvcConfigurer {

    /** Sent by the console with every call: a refusal then carries no WWW-Authenticate, so no browser dialog opens. */
    public static final String CONSOLE_HEADER = "X-Jisr-Console";

    /**
     * Scripts, styles and calls from this gateway only: nothing from a CDN, no inline script, no framing by another
     * site, so that injected markup cannot run and the console cannot be clickjacked.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/**").addResourceLocations("classpath:/static/console/");
    }

    @Bean
    FilterRegistrationBean<Filter> consoleSecurityHeaders() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns("/console", "/console/*");
        registration.setName("consoleSecurityHeaders");
        return registration;
    }
}
