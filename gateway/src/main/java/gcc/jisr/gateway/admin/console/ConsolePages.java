package gcc.jisr.gateway.admin.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operators' web console at /console: static pages (src/main/resources/static/console) that call the admin API
 * with the operator's credentials. The pages themselves hold nothing secret and need no login; every call they make
 * does.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolePages implements WebMvcConfigurer {

    /** Sent by the console with every call: a refusal then carries no WWW-Authenticate, so no browser dialog opens. */
    public static final String CONSOLE_HEADER = "X-Jisr-Console";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
    }
}
