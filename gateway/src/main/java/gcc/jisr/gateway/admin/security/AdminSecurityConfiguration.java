package gcc.jisr.gateway.admin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import gcc.jisr.gateway.admin.AdminProperties;
import gcc.jisr.gateway.admin.OperatorRole;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;
import java.util.List;

import static gcc.jisr.gateway.admin.AdminRequests.BASE;

/**
 * Spring Security for the operators' admin API only. Everything else this gateway serves (the national faces under
 * /api and /soap, the partner port, the actuator) keeps working exactly as without Spring Security: the security
 * filter is mapped to /admin/* alone, so that no other request meets it, not even its firewall.
 * <p>
 * The API is stateless HTTP Basic (and, when {@code jisr.admin.oidc.enabled}, bearer tokens of the state's identity
 * provider): no session, no cookie, every request carries its credentials. A browser never sends those on its own to
 * another site's form, so CSRF does not apply and its token is switched off.
 */
@Configuration(proxyBeanMethods = false)
public class AdminSecurityConfiguration {

    static final String LOGIN_FAILURES = "jisr-admin-login-failures";
    static final String LOGIN_SOURCES = "jisr-admin-login-sources";
    static final String PASSWORD_CHECKS = "jisr.admin.login.password.checks";
    private static final String[] EVERY_ROLE = names(OperatorRole.values());
    private static final String[] RUNS_TRAFFIC = names(OperatorRole.ADMIN, OperatorRole.OPERATOR);
    private static final String[] AUDITS = names(OperatorRole.ADMIN, OperatorRole.AUDITOR);

    @Bean
    OperatorAudit operatorAudit(JdbcTemplate jdbc, Clock clock) {
        return new OperatorAudit(jdbc, clock);
    }

    @Bean
    OperatorAuthentication operatorAuthentication(AdminProperties admin, HazelcastInstance hazelcast, Clock clock,
                                                  MeterRegistry meters) {
        return new OperatorAuthentication(admin.users(),
                new LoginThrottle(hazelcast.getMap(LOGIN_SOURCES), admin.loginThrottle().maxFailures(),
                        admin.loginThrottle().window(), clock),
                new LoginLockout(hazelcast.getMap(LOGIN_FAILURES), admin.lockout().maxFailures(),
                        admin.lockout().duration(), clock),
                Counter.builder(PASSWORD_CHECKS).description("Operator passwords compared against their bcrypt hashes")
                        .register(meters));
    }

    @Bean
    SecurityFilterChain adminApi(HttpSecurity http, OperatorAuthentication operators, OperatorAudit audit,
                                 ObjectMapper json, AdminOidcProperties oidc) throws Exception {
        AdminRefusals refusals = new AdminRefusals(audit, json);
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(get("/routes"), get("/partners"), get("/certificates"), get("/messages"),
                                get("/messages/*"), get("/messages/*/timeline"), get("/dead-letters"), get("/me"),
                                get("/agencies")).hasAnyRole(EVERY_ROLE)
                        .requestMatchers(post("/routes/*/*"), post("/partners/*/suspend"), post("/partners/*/resume"),
                                post("/dead-letters/replay"),
                                post("/dead-letters/*/replay"), post("/dead-letters/*/discard")).hasAnyRole(RUNS_TRAFFIC)
                        .requestMatchers(get("/audit"), post("/archive/verification"), get("/messages/*/evidence"))
                        .hasAnyRole(AUDITS)
                        // Everything else, e.g. adding a partner, changing its endpoint, disabling it, its certificates.
                        .anyRequest().hasRole(OperatorRole.ADMIN.name()))
                .authenticationManager(new ProviderManager(List.of(operators)))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        if (oidc.enabled()) {
            OidcOperatorTokens tokens = new OidcOperatorTokens(oidc);
            http.oauth2ResourceServer(bearer -> bearer
                    // Its own manager: the one above knows the configured operators' passwords only.
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens.provider())))
                    .authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals));
        }
        return http.build();
    }

    /** Maps Spring Security's filter to the admin API alone (Spring Boot maps it to every request). */
    @Bean
    static BeanPostProcessor securityFilterForAdminOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(List.of("/admin/*"));
                }
                return bean;
            }
        };
    }

    private static PathPatternRequestMatcher get(String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, BASE + path);
    }

    private static PathPatternRequestMatcher post(String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, BASE + path);
    }

    private static String[] names(OperatorRole... roles) {
        return java.util.Arrays.stream(roles).map(OperatorRole::name).toArray(String[]::new);
    }
}
