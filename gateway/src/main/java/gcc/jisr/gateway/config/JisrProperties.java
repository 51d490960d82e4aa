package gcc.jisr.gateway.config;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
        @DefaultValue Map<String, Map<String, String>> adapters,
        @Valid @DefaultValue Trust trust,
        @Valid @DefaultValue Partners partners,
        @Valid @DefaultValue Cluster cluster) {

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
            @DefaultValue Map<GccState, URI> civilRegistry,
            @DefaultValue Map<GccState, URI> trafficSystem) {
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

    /**
     * This gateway's keys and the GCC trust anchors, as PKCS#12 files written by {@code java -jar jisr-gateway.jar pki}.
     * When {@code directory} holds no key stores for this state, a development PKI is created there at start-up, so
     * that the gateway runs with no set-up; production points it at stores issued by the GCC CA.
     */
    public record Trust(
            @DefaultValue("data/pki") Path directory,
            @DefaultValue("changeit") String password,
            @DefaultValue("true") boolean createDevelopmentPki) {

        public Path tlsKeyStore(GccState state) {
            return directory.resolve(state.name().toLowerCase(Locale.ROOT) + "-tls.p12");
        }

        public Path signingKeyStore(GccState state) {
            return directory.resolve(state.name().toLowerCase(Locale.ROOT) + "-signing.p12");
        }

        public Path trustStore() {
            return directory.resolve("gcc-trust.p12");
        }

        public Path revocationList() {
            return directory.resolve("gcc.crl.pem");
        }
    }

    /**
     * The GCC network as this gateway sees it: the mutual-TLS port partners call, the partner gateways and what each
     * partner may ask here, and the time limits of the border.
     */
    public record Partners(
            @DefaultValue("8443") int port,
            @DefaultValue("127.0.0.1") @NotBlank String address,
            @DefaultValue("TLSv1.3") List<@NotBlank String> tlsProtocols,
            @DefaultValue("5m") Duration replayWindow,
            @DefaultValue("30s") Duration clockSkew,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue Map<GccState, URI> gateways,
            @DefaultValue List<@Valid PartnerGrant> grants) {
    }

    /** One line of the authorization matrix: what a partner state may call here, for which purposes. */
    public record PartnerGrant(
            @NotNull GccState partner,
            @NotNull Set<String> services,
            @DefaultValue Set<PurposeCode> purposes) {
    }

    /**
     * The Hazelcast cluster of this state's gateway nodes. {@code embedded} (the default): each node carries a member
     * that joins the members listed (TCP/IP only); {@code client}: each node is a client of an external Hazelcast
     * cluster at {@code client.addresses}. A node is ready only once its cluster has {@code minimumMembers} members
     * (embedded) or its client is connected.
     */
    public record Cluster(
            @DefaultValue("embedded") @NotNull Mode mode,
            @DefaultValue("") String name,
            @DefaultValue("127.0.0.1") @NotBlank String address,
            @DefaultValue("5701") int port,
            @DefaultValue List<String> members,
            @DefaultValue("1") @Min(1) int minimumMembers,
            @DefaultValue("10s") Duration failureDetection,
            @Valid @DefaultValue Client client) {

        public enum Mode { EMBEDDED, CLIENT }

        /** The cluster's name: the one configured, or jisr-&lt;state&gt;, so that two states never share one cluster. */
        public String nameFor(GccState state) {
            return name.isBlank() ? "jisr-" + state.name().toLowerCase(Locale.ROOT) : name;
        }
    }

    /** Client mode: where the external cluster's members answer, and how long to keep trying to reach them. */
    public record Client(
            @DefaultValue List<String> addresses,
            @DefaultValue("2m") Duration connectTimeout) {
    }
}
