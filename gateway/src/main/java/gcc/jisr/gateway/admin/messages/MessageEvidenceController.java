package gcc.jisr.gateway.admin.messages;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.evidence.EvidenceBundle;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.gateway.timeline.LocalMessageEvents;
import gcc.jisr.gateway.timeline.MessageTimeline;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A message's timeline across both gateways, and its signed evidence bundle for an auditor (every export audited).
 * Both take the tracking id or the envelope's message id.
 */
@RestController
public class MessageEvidenceController {

    private final MessageTimeline timeline;
    private final LocalMessageEvents local;
    private final EvidenceBundle evidence;
    private final OperatorAudit audit;

    public MessageEvidenceController(MessageTimeline timeline, LocalMessageEvents local, EvidenceBundle evidence,
                                     OperatorAudit audit) {
        this.timeline = timeline;
        this.local = local;
        this.evidence = evidence;
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/messages/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> timeline(@PathVariable String id) {
        return MessagesController.json(timeline.of(id));
    }

    @GetMapping(path = AdminRequests.BASE + "/messages/{id}/evidence", produces = {"application/zip",
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> evidence(@PathVariable String id) {
        byte[] bundle = audit.perform("EVIDENCE_EXPORT", id, null, () -> {
            String messageId = local.of(id).map(LocalMessageEvents.LocalHalf::messageId).orElseThrow(() ->
                    new JisrException(JisrError.NOT_FOUND, "no message is tracked or archived here as " + LogMasking.mask(id)));
            return evidence.of(messageId);
        });
        String name = "jisr-evidence-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bundle);
    }
}
