package gcc.jisr.gateway.admin.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * Partners and certificates; suspending a partner holds its traffic in the outbox (nothing is lost or refused: the
 * national agencies' submissions are still accepted), resuming lets it leave.
 */
@RestController
public class PartnersController {

    private final PartnerOverview overview;
    private final PartnerSuspensions suspensions;
    private final OperatorAudit audit;

    public record Partners(List<PartnerOverview.PartnerView> partners) {
    }

    public record Certificates(List<CertificateView> certificates) {
    }

    public PartnersController(PartnerOverview overview, PartnerSuspensions suspensions, OperatorAudit audit) {
        this.overview = overview;
        this.suspensions = suspensions;
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    public Partners partners() {
        return new Partners(overview.partners());
    }

    @GetMapping(path = AdminRequests.BASE + "/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    public Certificates certificates() {
        return new Certificates(overview.ownCertificates());
    }

    @PostMapping(path = AdminRequests.BASE + "/partners/{state}/suspend", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView suspend(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        String reason = reason(body);
        return audit.perform("PARTNER_SUSPEND", state, reason, () -> {
            GccState partner = overview.partner(AdminRequests.state(state));
            suspensions.suspend(partner, SecurityContextHolder.getContext().getAuthentication().getName());
            return view(partner);
        });
    }

    @PostMapping(path = AdminRequests.BASE + "/partners/{state}/resume", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerOverview.PartnerView resume(@PathVariable String state, @RequestBody(required = false) byte[] body) {
        String reason = reason(body);
        return audit.perform("PARTNER_RESUME", state, reason, () -> {
            GccState partner = overview.partner(AdminRequests.state(state));
            suspensions.resume(partner);
            return view(partner);
        });
    }

    private PartnerOverview.PartnerView view(GccState partner) {
        return overview.partners().stream().filter(p -> p.state() == partner).findFirst().orElseThrow();
    }

    /** A reason is optional here ({"reason": "..."}), but when given it must be one. */
    private static String reason(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        return AdminRequests.reason(AdminRequests.object(body, Set.of("reason")));
    }
}
