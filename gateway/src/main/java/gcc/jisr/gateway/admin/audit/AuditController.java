package gcc.jisr.gateway.admin.audit;

import gcc.jisr.gateway.admin.AdminRequests;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The operators' audit trail, newest first, for auditors and administrators. */
@RestController
public class AuditController {

    private final OperatorAudit audit;

    public record AuditEntries(List<AuditEntry> entries) {
    }

    public AuditController(OperatorAudit audit) {
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditEntries search(@RequestParam(required = false) String user,
                               @RequestParam(required = false) String action,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String limit) {
        return new AuditEntries(audit.search(new OperatorAudit.Query(AdminRequests.blankToNull(user),
                AdminRequests.blankToNull(action), AdminRequests.instant("from", from), AdminRequests.instant("to", to),
                AdminRequests.limit(limit))));
    }
}
