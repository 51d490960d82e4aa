package gcc.jisr.gateway.surfaces;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The management port ({@code jisr.management.*}): the admin API, the console, health and Prometheus metrics, apart
 * from the national API and the partner port so that operators' credentials never share a port with agencies and
 * the port can be bound to an administration network only.
 *
 * @param port    0 picks a free port (tests)
 * @param address the interface it binds; loopback by default, so that operators reach it through an SSH tunnel or
 *                a management network only when someone decides so
 * @param tls     TLS with this gateway's TLS certificate; off only for development on loopback
 */
@Validated
@ConfigurationProperties("jisr.management")
public record ManagementProperties(
        @DefaultValue("8081") @Min(0) @Max(65535) int port,
        @DefaultValue("127.0.0.1") @NotBlank String address,
        @DefaultValue Tls tls) {

    /** @param enabled TLS with this gateway's TLS certificate; the production profile refuses false off loopback */
    public record Tls(@DefaultValue("true") boolean enabled) {
    }
}
