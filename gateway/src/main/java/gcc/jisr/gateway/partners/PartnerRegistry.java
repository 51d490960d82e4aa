package gcc.jisr.gateway.partners;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.GatewayCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The partners of this gateway as operators change them at runtime: added, pointed at another endpoint, disabled and
 * enabled, pinned to registered certificates. Durable in the store (tables partner_registry and partner_certificate),
 * seeded by the configuration ({@code jisr.partners}): a state the registry holds is what the registry says, any other
 * partner is what the configuration says.
 * <p>
 * Every message reads the partners, so each node keeps them in memory and reads the store again only after a change.
 * The node that makes a change writes the store first, then touches one entry of a map the cluster shares; every node
 * listens to that entry and forgets what it read, so the next message on any node sees the change.
 */
public class PartnerRegistry implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String>,
        AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerRegistry.class);
    static final String CHANGED = "changed";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IMap<String, String> changes;
    private final GccState ownState;
    private final JisrProperties.Partners configured;
    private final GatewayCertificates certificates;
    private final Clock clock;
    private final UUID listener;
    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded loaded;

    private record Loaded(long generation, PartnerRegistrySnapshot snapshot) {
    }

    public PartnerRegistry(JdbcTemplate jdbc, TransactionTemplate transactions, IMap<String, String> changes,
                           GccState ownState, JisrProperties.Partners configured, GatewayCertificates certificates,
                           Clock clock) {
        configured.gateways().forEach((state, uri) -> PartnerEndpoints.require("jisr.partners.gateways." + state, uri));
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.changes = changes;
        this.ownState = ownState;
        this.configured = configured;
        this.certificates = certificates;
        this.clock = clock;
        this.listener = changes.addEntryListener(this, false);
    }

    /** The partners now; read from the store again only after a change on any node. */
    public PartnerRegistrySnapshot current() {
        Loaded known = loaded;
        if (known != null && known.generation() == generation.get()) {
            return known.snapshot();
        }
        synchronized (this) {
            long now = generation.get();
            if (loaded != null && loaded.generation() == now) {
                return loaded.snapshot();
            }
            // A change told while this reads moves the generation on: the next call reads again.
            PartnerRegistrySnapshot fresh = load();
            loaded = new Loaded(now, fresh);
            return fresh;
        }
    }

    /** The partner named, or JISR-404-NOT-FOUND. */
    public RegisteredPartner require(GccState state) {
        return current().partner(state).orElseThrow(() -> new JisrException(JisrError.NOT_FOUND,
                state + " is not a partner of this gateway"));
    }

    public RegisteredPartner add(GccState state, URI gatewayUrl, Set<String> services, Set<PurposeCode> purposes,
                                 String by) {
        if (state == ownState) {
            throw new JisrException(JisrError.SCHEMA, "/state: " + state + " is this gateway's own state",
                    List.of(new JisrException.FieldViolation("/state", "another state than " + ownState)));
        }
        PartnerEndpoints.requireForOperator(gatewayUrl);
        change(() -> {
            if (current().partner(state).isPresent()) {
                throw new JisrException(JisrError.PARTNER_EXISTS, state + " is a partner already: change its endpoint, "
                        + "or enable it, instead");
            }
            jdbc.update("INSERT INTO partner_registry (state, gateway_url, services, purposes, enabled, changed_at, "
                    + "changed_by) VALUES (?, ?, ?, ?, TRUE, ?, ?)", state.name(), gatewayUrl.toString(),
                    String.join(" ", new TreeSet<>(services)), purposes(purposes), now(), by);
        });
        return require(state);
    }

    public RegisteredPartner changeEndpoint(GccState state, URI gatewayUrl, String by) {
        PartnerEndpoints.requireForOperator(gatewayUrl);
        change(() -> {
            materialize(require(state), by);
            jdbc.update("UPDATE partner_registry SET gateway_url = ?, changed_at = ?, changed_by = ? WHERE state = ?",
                    gatewayUrl.toString(), now(), by, state.name());
        });
        return require(state);
    }

    public RegisteredPartner enable(GccState state, boolean enabled, String by) {
        change(() -> {
            materialize(require(state), by);
            jdbc.update("UPDATE partner_registry SET enabled = ?, changed_at = ?, changed_by = ? WHERE state = ?",
                    enabled, now(), by, state.name());
        });
        return require(state);
    }

    /**
     * Registers the partner's certificates (PEM): from then on the partner is pinned to its registered certificates
     * that are neither retired nor expired. A certificate registered before is kept (and taken back if retired).
     *
     * @return the fingerprints of the certificates uploaded
     */
    public List<String> register(GccState state, byte[] pem, String by) {
        require(state);
        List<X509Certificate> uploaded = PartnerCertificateUpload.read(pem);
        PartnerCertificateUpload.requireAcceptable(state, uploaded, certificates.partnerCheck(clock));
        List<String> fingerprints = new ArrayList<>();
        change(() -> {
            for (X509Certificate certificate : uploaded) {
                String fingerprint = PartnerCertificateUpload.fingerprint(certificate);
                fingerprints.add(fingerprint);
                int taken = jdbc.update("UPDATE partner_certificate SET retired_at = NULL, retired_by = NULL "
                        + "WHERE state = ? AND fingerprint = ?", state.name(), fingerprint);
                if (taken == 0) {
                    jdbc.update("INSERT INTO partner_certificate (state, fingerprint, certificate, subject, serial, "
                                    + "not_after, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            state.name(), fingerprint, encoded(certificate),
                            certificate.getSubjectX500Principal().getName(), certificate.getSerialNumber().toString(16),
                            utc(certificate.getNotAfter().toInstant()), now(), by);
                }
            }
        });
        return fingerprints;
    }

    /** Retires a registered certificate: refused from the next message on (JISR-404-NOT-FOUND for an unknown one). */
    public RegisteredPartner retire(GccState state, String fingerprint, String by) {
        require(state);
        change(() -> {
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM partner_certificate WHERE state = ? AND fingerprint = ?",
                    Integer.class, state.name(), fingerprint);
            if (known == null || known == 0) {
                throw new JisrException(JisrError.NOT_FOUND, "no certificate " + fingerprint + " is registered for " + state);
            }
            jdbc.update("UPDATE partner_certificate SET retired_at = ?, retired_by = ? WHERE state = ? AND fingerprint = ? "
                    + "AND retired_at IS NULL", now(), by, state.name(), fingerprint);
        });
        return require(state);
    }

    /** Forgets what this node read; every node is told the same. */
    private void change(Runnable write) {
        transactions.executeWithoutResult(status -> write.run());
        generation.incrementAndGet();
        changes.put(CHANGED, UUID.randomUUID().toString());
    }

    /** A partner known from the configuration only gets its row, so that one change does not forget the rest of it. */
    private void materialize(RegisteredPartner partner, String by) {
        if (partner.source() == RegisteredPartner.Source.REGISTRY) {
            return;
        }
        jdbc.update("INSERT INTO partner_registry (state, gateway_url, services, purposes, enabled, changed_at, changed_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", partner.state().name(),
                partner.gatewayUrl() == null ? null : partner.gatewayUrl().toString(),
                String.join(" ", new TreeSet<>(partner.services())), purposes(partner.purposes()), partner.enabled(),
                now(), by);
    }

    private PartnerRegistrySnapshot load() {
        Map<GccState, URI> gateways = new EnumMap<>(GccState.class);
        Map<GccState, Set<String>> services = new EnumMap<>(GccState.class);
        Map<GccState, Set<PurposeCode>> purposes = new EnumMap<>(GccState.class);
        configured.gateways().forEach(gateways::put);
        configured.grants().forEach(grant -> {
            services.computeIfAbsent(grant.partner(), s -> new HashSet<>()).addAll(grant.services());
            purposes.computeIfAbsent(grant.partner(), s -> EnumSet.noneOf(PurposeCode.class)).addAll(grant.purposes());
        });
        Map<GccState, RegisteredPartner> partners = new LinkedHashMap<>();
        Set<GccState> named = EnumSet.noneOf(GccState.class);
        named.addAll(gateways.keySet());
        named.addAll(services.keySet());
        for (GccState state : named) {
            partners.put(state, new RegisteredPartner(state, gateways.get(state), services.getOrDefault(state, Set.of()),
                    purposes.getOrDefault(state, Set.of()), true, RegisteredPartner.Source.CONFIGURATION, List.of()));
        }
        jdbc.query("SELECT state, gateway_url, services, purposes, enabled FROM partner_registry", rs -> {
            GccState state = GccState.valueOf(rs.getString("state").trim());
            String url = rs.getString("gateway_url");
            partners.put(state, new RegisteredPartner(state, url == null ? null : URI.create(url),
                    words(rs.getString("services")), words(rs.getString("purposes")).stream().map(PurposeCode::valueOf)
                    .collect(Collectors.toSet()), rs.getBoolean("enabled"), RegisteredPartner.Source.REGISTRY, List.of()));
        });
        Map<GccState, List<RegisteredCertificate>> registered = new EnumMap<>(GccState.class);
        jdbc.query("SELECT state, fingerprint, certificate, registered_at, registered_by, retired_at, retired_by "
                + "FROM partner_certificate ORDER BY registered_at, fingerprint", rs -> {
            GccState state = GccState.valueOf(rs.getString("state").trim());
            OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
            registered.computeIfAbsent(state, s -> new ArrayList<>()).add(new RegisteredCertificate(state,
                    rs.getString("fingerprint").trim(), certificate(rs.getBytes("certificate")),
                    rs.getObject("registered_at", OffsetDateTime.class).toInstant(), rs.getString("registered_by"),
                    retired == null ? null : retired.toInstant(), rs.getString("retired_by")));
        });
        registered.forEach((state, list) -> partners.computeIfPresent(state, (s, p) -> p.withCertificates(list)));
        partners.remove(ownState);
        return new PartnerRegistrySnapshot(partners);
    }

    @Override
    public void entryAdded(EntryEvent<String, String> event) {
        generation.incrementAndGet();
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
        generation.incrementAndGet();
    }

    @Override
    public void close() {
        try {
            changes.removeEntryListener(listener);
        } catch (RuntimeException e) {
            LOG.debug("the partner registry's listener was not removed: {}", e.getMessage());
        }
    }

    private static Set<String> words(String text) {
        return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.trim().split("\\s+")));
    }

    private static String purposes(Set<PurposeCode> purposes) {
        return purposes.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a registered partner certificate cannot be read back", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
