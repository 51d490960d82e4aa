package gcc.jisr.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rate limits on partner envelopes ({@code jisr.rate-limits.*}): per partner state and service, a bucket of
 * {@code capacity} calls (the burst allowed) refilled at {@code per-second} calls a second, shared by all nodes of
 * this state's gateway. A pair no limit names is not limited. When several limits match, the most specific wins:
 * partner and service named, then the partner alone, then the service alone, then "*" for both.
 */
@Validated
@ConfigurationProperties("jisr.rate-limits")
public record RateLimitProperties(@DefaultValue List<@Valid Limit> limits) {

    /** One limit: partner state code or "*", service name or "*", burst size and sustained rate. */
    public record Limit(
            @DefaultValue("*") @NotBlank String partner,
            @DefaultValue("*") @NotBlank String service,
            @Min(1) int capacity,
            @DecimalMin(value = "0.0", inclusive = false) double perSecond) {

        boolean matches(String partnerState, String serviceName) {
            return (partner.equals("*") || partner.equalsIgnoreCase(partnerState))
                    && (service.equals("*") || service.equals(serviceName));
        }

        int specificity() {
            return (partner.equals("*") ? 0 : 2) + (service.equals("*") ? 0 : 1);
        }
    }

    /** The limit that applies to the partner's calls of the service, if any. */
    public Optional<Limit> limitFor(String partnerState, String service) {
        return limits.stream().filter(limit -> limit.matches(partnerState, service))
                .max(Comparator.comparingInt(Limit::specificity));
    }
}
