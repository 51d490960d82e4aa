package gcc.jisr.gateway.admin.agencies;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.national.AgencyRegistry;
import gcc.jisr.gateway.national.NationalApiProperties;
import gcc.jisr.gateway.pki.AgencyCode;
import gcc.jisr.routes.partner.GccServices;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agencies that may call the national API, as operators change them at run time: what the configuration grants
 * every agency ({@code jisr.national.grants}), and per agency what an admin set instead (its services and purposes, or
 * disabled). Setting and resetting are ADMIN actions, audited with the reason given; reading is every role's.
 */
@RestController
public class AgenciesController {

    private static final String AGENCIES = AdminRequests.BASE + "/agencies";
    private static final Set<String> SERVICES = Set.of(GccServices.CIVIL_ID_VERIFY, GccServices.TRAFFIC_NOTICE,
            GccServices.TRAFFIC_STATUS, GccServices.PENSION_CONTRIBUTION_REPORT, GccServices.PENSION_SERVICE_PERIODS,
            GccServices.PENSION_NOTICE);

    private final AgencyRegistry registry;
    private final NationalApiProperties national;
    private final OperatorAudit audit;

    public record Agencies(List<AgencyRegistry.RegisteredAgency> registered, List<NationalApiProperties.AgencyGrant> configured) {
    }

    public AgenciesController(AgencyRegistry registry, NationalApiProperties national, OperatorAudit audit) {
        this.registry = registry;
        this.national = national;
        this.audit = audit;
    }

    @GetMapping(path = AGENCIES, produces = MediaType.APPLICATION_JSON_VALUE)
    public Agencies agencies() {
        return new Agencies(registry.all(), national.grants());
    }

    /**
     * {"services": [...], "purposes": [...], "enabled": true, "reason": "..."}: from the next call on (within two
     * seconds on every node), the agency may call these services for these purposes (none listed: any purpose), or
     * nothing when disabled, whatever the configuration grants it.
     */
    @PutMapping(path = AGENCIES + "/{state}/{agency}", produces = MediaType.APPLICATION_JSON_VALUE)
    public AgencyRegistry.RegisteredAgency set(@PathVariable String state, @PathVariable String agency,
                                               @RequestBody(required = false) byte[] body) {
        JsonNode json = AdminRequests.object(body, Set.of("services", "purposes", "enabled", "reason"));
        String reason = AdminRequests.reason(json);
        return audit.perform("AGENCY_SET", state + ":" + agency, json.path("services") + " " + json.path("purposes")
                + (json.path("enabled").asBoolean(true) ? "" : " disabled") + "; " + reason, () -> {
            GccState agencyState = AdminRequests.state(state);
            String code = code(agency);
            List<String> services = list(json.path("services"), "/services", SERVICES, true);
            List<String> purposes = list(json.path("purposes"), "/purposes", purposeCodes(), false);
            JsonNode enabled = json.path("enabled");
            if (!enabled.isMissingNode() && !enabled.isBoolean()) {
                throw AdminRequests.schema("/enabled", "true or false");
            }
            return registry.put(agencyState, code, services, purposes, enabled.asBoolean(true), operator());
        });
    }

    /** Forgets what operators set for the agency: the configuration's grants apply to it again. */
    @DeleteMapping(path = AGENCIES + "/{state}/{agency}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Agencies reset(@PathVariable String state, @PathVariable String agency) {
        return audit.perform("AGENCY_RESET", state + ":" + agency, "back to the configured grants", () -> {
            if (!registry.remove(AdminRequests.state(state), code(agency))) {
                throw new JisrException(JisrError.NOT_FOUND, state + ":" + agency + " has no grants set by operators");
            }
            return agencies();
        });
    }

    private static String code(String agency) {
        try {
            return AgencyCode.require(agency);
        } catch (IllegalArgumentException e) {
            throw new JisrException(JisrError.NOT_FOUND, e.getMessage());
        }
    }

    private static List<String> list(JsonNode values, String field, Set<String> known, boolean required) {
        if (values.isMissingNode() && !required) {
            return List.of();
        }
        if (!values.isArray() || (required && values.isEmpty())) {
            throw AdminRequests.schema(field, (required ? "a non-empty" : "an") + " array of " + new java.util.TreeSet<>(known));
        }
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (!value.isTextual() || !known.contains(value.asText())) {
                throw AdminRequests.schema(field + "/" + i, "one of " + new java.util.TreeSet<>(known));
            }
            listed.add(value.asText());
        }
        return new ArrayList<>(listed);
    }

    private static Set<String> purposeCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (PurposeCode code : PurposeCode.values()) {
            codes.add(code.value());
        }
        return codes;
    }

    private static String operator() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
