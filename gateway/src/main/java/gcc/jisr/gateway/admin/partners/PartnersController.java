package gcc.jisr.gateway.admin.partners;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.admin.audit.AuditEntry;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.partners.PartnerEndpoints;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.partner.GccServices;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Partners and certificates. Suspending a partner holds its traffic in the outbox (nothing is lost or refused: the
 * national agencies' submissions are still accepted), resuming lets it leave. Admins also manage the partners
 * themselves: add one, change its endpoint, disable and enable it, register its certificates and retire old ones.
 */
@RestController
public class PartnersController {

    private static final String PARTNERS = AdminRequests.BASE + "/partners";
    private static final Set<String> SERVICES = known();

    private final PartnerOverview overview;
    private final PartnerSuspensions suspensions;
    private final PartnerRegistry registry;
    private final OperatorAudit audit;

    public record Partners(List<PartnerOverview.PartnerView> partners) {
    }

    public record Certificates(List<CertificateView> certificates) {
    }

    public PartnersController(PartnerOverview overview, PartnerSuspensions suspensions, PartnerRegistry registry,
                              OperatorAudit audit) {
        this.overview = overview;
        this.suspensions = suspensions;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping(path = PARTNERS, produces = MediaType.APPLICATION_JSON_VALUE)
    public Partners partners() {
        return new Partners(overview.partners());
    }

    @GetMapping(path = AdminRequests.BASE + "/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    public Certificates certificates() {
        return new Certificates(overview.ownCertificates());
    }

    @PostMapping(path = PARTNERS + "/{state}/suspend", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView suspend(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        String reason = optionalReason(body, Set.of("reason"));
        return audit.perform("PARTNER_SUSPEND", state, reason, () -> {
            GccState partner = overview.partner(AdminRequests.state(state));
            suspensions.suspend(partner, operator());
            return overview.partnerView(partner);
        });
    }

    @PostMapping(path = PARTNERS + "/{state}/resume", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView resume(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        String reason = optionalReason(body, Set.of("reason"));
        return audit.perform("PARTNER_RESUME", state, reason, () -> {
            GccState partner = overview.partner(AdminRequests.state(state));
            suspensions.resume(partner);
            return overview.partnerView(partner);
        });
    }

    /** {"state": "QA", "gatewayUrl": "https://host:port", "services": [...], "purposes": [...], "reason": "..."} */
    @PostMapping(path = PARTNERS, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PartnerOverview.PartnerView> add(@RequestBody(required = false) byte[] body) {
        JsonNode json = AdminRequests.object(body, Set.of("state", "gatewayUrl", "services", "purposes", "reason"));
        String target = json.path("state").asText("");
        PartnerOverview.PartnerView added = audited("PARTNER_ADD", target, () -> detail(json,
                json.path("gatewayUrl").asText("") + " " + json.path("services")), () -> {
            GccState state = GccState.fromCode(target).orElseThrow(() ->
                    AdminRequests.schema("/state", "the ISO 3166 alpha-2 code of a GCC state, e.g. QA"));
            URI gateway = PartnerEndpoints.parse(text(json, "gatewayUrl"));
            Set<String> services = services(json.path("services"));
            Set<PurposeCode> purposes = purposes(json.path("purposes"));
            optionalReason(json);
            registry.add(state, gateway, services, purposes, operator());
            return overview.partnerView(state);
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    /** {"gatewayUrl": "https://host:port", "reason": "..."}: the next envelope to the partner goes there. */
    @PostMapping(path = PARTNERS + "/{state}/endpoint", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView changeEndpoint(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        JsonNode json = AdminRequests.object(body, Set.of("gatewayUrl", "reason"));
        return audited("PARTNER_ENDPOINT", state, () -> detail(json, json.path("gatewayUrl").asText("")), () -> {
            GccState partner = AdminRequests.state(state);
            URI gateway = PartnerEndpoints.parse(text(json, "gatewayUrl"));
            optionalReason(json);
            registry.changeEndpoint(partner, gateway, operator());
            return overview.partnerView(partner);
        });
    }

    @PostMapping(path = PARTNERS + "/{state}/disable", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView disable(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        return enable(state, body, false);
    }

    @PostMapping(path = PARTNERS + "/{state}/enable", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView enable(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        return enable(state, body, true);
    }

    /** The partner's certificates in PEM (Content-Type application/x-pem-file), one or more; it is pinned to them. */
    @PostMapping(path = PARTNERS + "/{state}/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView registerCertificates(@PathVariable String state,
                                                            @RequestBody(required = false) byte[] body) {
        List<String> fingerprints = new ArrayList<>();
        // Fingerprints in openssl's form (AB:CD:...): the audit masks runs of digits that could be civil IDs.
        return audited("PARTNER_CERTIFICATES_REGISTER", state, () -> fingerprints.isEmpty() ? null
                : "registered SHA-256 " + fingerprints.stream().map(PartnersController::colons)
                .collect(java.util.stream.Collectors.joining(", ")), () -> {
            GccState partner = AdminRequests.state(state);
            fingerprints.addAll(registry.register(partner, body, operator()));
            return overview.partnerView(partner);
        });
    }

    @PostMapping(path = PARTNERS + "/{state}/certificates/{fingerprint}/retire", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView retireCertificate(@PathVariable String state, @PathVariable String fingerprint,
                                                         @RequestBody(required = false) byte[] body) {
        String reason = optionalReason(body, Set.of("reason"));
        return audited("PARTNER_CERTIFICATE_RETIRE", state + " " + fingerprint, () -> reason, () -> {
            GccState partner = AdminRequests.state(state);
            registry.retire(partner, fingerprint.toLowerCase(java.util.Locale.ROOT), operator());
            return overview.partnerView(partner);
        });
    }

    private PartnerOverview.PartnerView enable(String state, byte[] body, boolean enabled) {
        String reason = optionalReason(body, Set.of("reason"));
        return audited(enabled ? "PARTNER_ENABLE" : "PARTNER_DISABLE", state, () -> reason, () -> {
            GccState partner = AdminRequests.state(state);
            registry.enable(partner, enabled, operator());
            return overview.partnerView(partner);
        });
    }

    /** Like {@link OperatorAudit#perform}, with a detail known only once the work ended (e.g. what was registered). */
    private <T> T audited(String action, String target, Supplier<String> detail, Supplier<T> work) {
        try {
            T result = work.get();
            audit.record(action, target, AuditEntry.DONE, detail.get());
            return result;
        } catch (RuntimeException failure) {
            JisrException refused = JisrFailures.classify(failure);
            String known = detail.get();
            audit.record(action, target, refused.error().code(),
                    known == null || known.isBlank() ? refused.getMessage() : known + "; " + refused.getMessage());
            throw failure;
        }
    }

    private static String colons(String hex) {
        return String.join(":", hex.toUpperCase(java.util.Locale.ROOT).split("(?<=\\G..)"));
    }

    private static String operator() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String detail(JsonNode json, String what) {
        String reason = json.path("reason").isTextual() ? json.path("reason").asText() : null;
        return reason == null ? what : what + "; " + reason;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw AdminRequests.schema("/" + field, "required text");
        }
        return value.asText();
    }

    private static Set<String> services(JsonNode services) {
        if (!services.isArray() || services.isEmpty()) {
            throw AdminRequests.schema("/services", "a non-empty array of GCC services, e.g. [\"" + GccServices.TRAFFIC_NOTICE + "\"]");
        }
        Set<String> granted = new TreeSet<>();
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            if (!service.isTextual() || !SERVICES.contains(service.asText())) {
                throw AdminRequests.schema("/services/" + i, "one of " + new TreeSet<>(SERVICES));
            }
            granted.add(service.asText());
        }
        return granted;
    }

    private static Set<PurposeCode> purposes(JsonNode purposes) {
        Set<PurposeCode> granted = EnumSet.noneOf(PurposeCode.class);
        if (purposes.isMissingNode() || purposes.isNull()) {
            return granted;
        }
        if (!purposes.isArray()) {
            throw AdminRequests.schema("/purposes", "an array of GCC purpose codes");
        }
        for (int i = 0; i < purposes.size(); i++) {
            try {
                granted.add(PurposeCode.valueOf(purposes.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw AdminRequests.schema("/purposes/" + i, "one of " + EnumSet.allOf(PurposeCode.class));
            }
        }
        return granted;
    }

    /** A reason is optional here ({"reason": "..."}), but when given it must be one. */
    private static String optionalReason(byte[] body, Set<String> allowed) {
        if (body == null || body.length == 0) {
            return null;
        }
        return optionalReason(AdminRequests.object(body, allowed));
    }

    private static String optionalReason(JsonNode json) {
        return json.has("reason") ? AdminRequests.reason(json) : null;
    }

    private static Set<String> known() {
        Set<String> services = new HashSet<>(GccServices.TRAFFIC);
        services.addAll(GccServices.PENSION);
        services.add(GccServices.CIVIL_ID_VERIFY);
        return Set.copyOf(services);
    }
}
