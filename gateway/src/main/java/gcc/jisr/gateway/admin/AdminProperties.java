package gcc.jisr.gateway.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The operators of the admin API ({@code jisr.admin.*}): who they are, with a hashed password only, what roles and
 * rights each has, how long an account stays locked after repeated failed logins, when an address that keeps failing
 * is refused, and how long stopping a route
 * waits for the exchanges in flight before it forces them. No operator by default: the
 * admin API then refuses everyone until one is configured (docs/operators.md).
 */
@Validated
@ConfigurationProperties("jisr.admin")
public record AdminProperties(
        @DefaultValue List<@Valid Operator> users,
        @Valid @DefaultValue Lockout lockout,
        @Valid @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue("30s") Duration routeStopTimeout,
        @Valid @DefaultValue CertificateWarnings certificateWarnings) {

    /**
     * One operator: a bcrypt hash ({@code $2a$…}, {@code $2b$…}, {@code $2y$…}, or Spring's {@code {bcrypt}$2a$…}),
     * never the password itself.
     */
    public record Operator(
            @NotBlank String name,
            @NotBlank String passwordHash,
            @NotEmpty Set<OperatorRole> roles,
            @DefaultValue Set<OperatorRight> rights) {
    }

    /** How many days before a certificate expires the partner list says WARNING, then CRITICAL. */
    public record CertificateWarnings(
            @DefaultValue("30") @Min(0) int warningDays,
            @DefaultValue("7") @Min(0) int criticalDays) {
    }

    /**
     * After max-failures wrong passwords in a row from one address, the account refuses even the right one from that
     * address for this duration; other addresses are not affected.
     */
    public record Lockout(
            @DefaultValue("5") @Min(1) int maxFailures,
            @DefaultValue("15m") Duration duration) {
    }

    /**
     * After max-failures failed logins from one address, each within window of the one before, that address is refused
     * (JISR-429-LOGIN-THROTTLED) for window after its last failure, whatever name and password it sends, without a
     * password being compared.
     */
    public record LoginThrottle(
            @DefaultValue("20") @Min(1) int maxFailures,
            @DefaultValue("15m") Duration window) {
    }
}
