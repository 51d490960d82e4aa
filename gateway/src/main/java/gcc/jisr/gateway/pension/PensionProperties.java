package gcc.jisr.gateway.pension;

import gcc.jisr.contracts.GccState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The pension flow: what institutions may send, how reports travel in parts, and this state's fund. Documented in application.yml. */
@Validated
@ConfigurationProperties("jisr.pension")
public record PensionProperties(
        @DefaultValue Map<GccState, List<String>> institutions,
        @DefaultValue("200000") @Min(1) int maxRecords,
        @DefaultValue("16KB") DataSize maxLineSize,
        @DefaultValue("512MB") DataSize maxReportSize,
        @DefaultValue("2000") @Min(1) @Max(100000) int partRecords,
        @DefaultValue("900KB") DataSize partSize,
        @DefaultValue("200KB") DataSize sealedPartSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("64") @Min(1) int batchSize,
        @DefaultValue("4") @Min(1) int concurrency,
        @DefaultValue Map<GccState, Path> encryptionCertificates,
        @DefaultValue("1h") Duration abandonedStagingAfter,
        @Valid @DefaultValue Fund fund) {

    /** The six institutions of the contract's examples, when none are configured. */
    static final Map<GccState, List<String>> DEFAULT_INSTITUTIONS = Map.of(GccState.KW, List.of("PIFSS"),
            GccState.SA, List.of("GOSI"), GccState.AE, List.of("GPSSA"), GccState.QA, List.of("GRSIA"),
            GccState.BH, List.of("SIO"), GccState.OM, List.of("SPF"));

    public Map<GccState, List<String>> institutionsOrDefault() {
        return institutions.isEmpty() ? DEFAULT_INSTITUTIONS : institutions;
    }

    /** This state's pension fund: where it listens (else the simulated one) and how long it may take. */
    public record Fund(URI url, @DefaultValue("60s") Duration timeout) {
    }
}
