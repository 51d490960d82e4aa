package gcc.jisr.gateway.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * What the traffic faces (REST, SOAP, batch files) accept from national agencies; documented in application.yml.
 * The evidence limits and the batch limits are larger than {@code jisr.limits.max-body-size}, which bounds every
 * other request.
 */
@Validated
@ConfigurationProperties("jisr.traffic")
public record TrafficProperties(
        @DefaultValue("5MB") DataSize maxEvidenceBytes,
        @DefaultValue("20") @Min(0) @Max(20) int maxEvidenceItems,
        @DefaultValue("101MB") DataSize maxSubmissionSize,
        @DefaultValue("2m") Duration clockSkew,
        @Valid @DefaultValue Batch batch) {

    /** Batch files of notices (NDJSON, one notice per line). */
    public record Batch(
            @DefaultValue("10000") @Min(1) int maxLines,
            @DefaultValue("64KB") DataSize maxLineSize,
            @DefaultValue("64MB") DataSize maxSize) {
    }
}
