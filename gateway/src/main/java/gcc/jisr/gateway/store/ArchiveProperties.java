package gcc.jisr.gateway.store;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the message archive commits; documented in application.yml under {@code jisr.store.archive}.
 *
 * @param batchSize     the most appends (one envelope, or the envelopes archived together by one caller) committed in
 *                      one transaction under one lock of the chain head
 * @param queueCapacity the most appends waiting for the archive's writer; callers beyond it wait for room
 */
@Validated
@ConfigurationProperties("jisr.store.archive")
public record ArchiveProperties(
        @DefaultValue("256") @Min(1) int batchSize,
        @DefaultValue("4096") @Min(1) int queueCapacity) {
}
