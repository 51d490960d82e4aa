package gcc.jisr.gateway.config;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a state's gateway is told by its operators; every setting is documented in application.yml. */
@Validated
@ConfigurationProperties("jisr")
public record JisrProperties(
        @NotNull GccState state,
        @Valid @DefaultValue Registries registries,
        @Valid @DefaultValue Simulators simulators,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue Disclosure disclosure,
        @DefaultValue Map<String, Map<String, String>> adapters) {

    /**
     * Each state adapter's assumed formats, by lower-case state code and setting name, e.g.
     * {@code jisr.adapters.kw.plate-pattern}; empty: every adapter's documented defaults. Read by
     * {@link AdapterSettingsByState}.
     */
    public Map<String, Map<String, String>> adapters() {
        return adapters;
    }

    /** Where the national civil registries answer and how long to wait for them. */
    public record Registries(
            @DefaultValue("5s") Duration timeout,
            @DefaultValue Map<GccState, URI> civilRegistry) {
    }

    /** Simulated national systems, started in-process for demos and tests; off in production. */
    public record Simulators(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("127.0.0.1") @NotBlank String host) {
    }

    /** Bounds on untrusted input. */
    public record Limits(
            @DefaultValue("256KB") DataSize maxBodySize,
            @DefaultValue("32") int maxXmlDepth) {
    }

    public record Disclosure(@DefaultValue List<@Valid Grant> grants) {
    }

    /** One line of the disclosure policy; "*" as state or agency means any. */
    public record Grant(
            @NotBlank String requesterState,
            @DefaultValue("*") String requesterAgency,
            @NotNull Set<PurposeCode> purposes,
            @DefaultValue Set<PersonAttribute> disclosed,
            @DefaultValue Set<PersonAttribute> matchOnly) {
    }
}
