package gcc.jisr.gateway.admin;

import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.store.ChainReport;
import gcc.jisr.gateway.store.ChainVerification;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The archive's integrity check run by an auditor or administrator; each run and its verdict are audited. */
@RestController
public class ArchiveCheckController {

    private final ChainVerification verification;
    private final OperatorAudit audit;

    public ArchiveCheckController(ChainVerification verification, OperatorAudit audit) {
        this.verification = verification;
        this.audit = audit;
    }

    @PostMapping(path = AdminRequests.BASE + "/archive/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    public ChainReport verify() {
        ChainReport report = verification.verify();
        audit.record("ARCHIVE_VERIFY", "archive", gcc.jisr.gateway.admin.audit.AuditEntry.DONE, report.valid()
                ? "chain valid, " + report.records() + " records" : "chain BROKEN: " + report.describe());
        return report;
    }
}
