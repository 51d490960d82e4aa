package gcc.jisr.gateway.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.timeline.LocalMessageEvents;
import gcc.jisr.gateway.timeline.MessageEvent;
import gcc.jisr.gateway.timeline.PartnerEvents;
import gcc.jisr.routes.partner.PartnerCertificates;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The partner port's answer to "what did you record of this message?", for the other half of an operator's timeline.
 * The caller is the state its TLS client certificate names (GCC CA, valid, unrevoked), and it sees only messages it
 * exchanged with this gateway: one sent to another state, or never seen, is answered alike with 404, so that a partner
 * cannot learn which messages other states exchange. The answer is signed like every partner answer (detached JWS in
 * {@value JwsProfile#HTTP_HEADER}), so that the caller shows nothing it has not verified as this state's.
 */
@RestController
public class PartnerEventsController {

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final GccState ownState;
    private final PartnerCertificates certificates;
    private final EnvelopeSigner signer;
    private final LocalMessageEvents events;
    private final Clock clock;

    public PartnerEventsController(JisrProperties properties, PartnerCertificates certificates, EnvelopeSigner signer,
                                   LocalMessageEvents events, Clock clock) {
        this.ownState = properties.state();
        this.certificates = certificates;
        this.signer = signer;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(path = PartnerEvents.PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> events(@PathVariable String messageId, HttpServletRequest request) {
        X509Certificate[] presented = (X509Certificate[]) request.getAttribute(CLIENT_CERTIFICATES);
        List<X509Certificate> chain = presented == null ? List.of() : Arrays.asList(presented);
        String who = (chain.isEmpty() ? "no client certificate" : chain.get(0).getSubjectX500Principal().getName())
                + " at " + request.getRemoteAddr();
        String what = "events of message " + messageId;
        try {
            if (chain.isEmpty()) {
                throw new JisrException(JisrError.CERTIFICATE_MISSING, "partner calls need a TLS client certificate of the GCC CA");
            }
            GccState caller = certificates.trustedState(chain);
            if (!PartnerEvents.MESSAGE_ID.matcher(messageId).matches()) {
                throw new JisrException(JisrError.NOT_FOUND, "no message " + messageId + " was exchanged with " + caller);
            }
            LocalMessageEvents.LocalHalf half = events.exchangedWith(messageId, caller).orElseThrow(() ->
                    new JisrException(JisrError.NOT_FOUND, "no message " + messageId + " was exchanged with " + caller));
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("messageId", half.messageId());
            answer.put("gateway", ownState.name());
            answer.put("askedBy", caller.name());
            answer.put("answeredAt", clock.instant().toString());
            ArrayNode list = answer.putArray("events");
            half.events().stream().map(MessageEvent::toJson).forEach(list::add);
            byte[] body = answer.toString().getBytes(StandardCharsets.UTF_8);
            PartnerAudit.accepted(who, what);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(JwsProfile.HTTP_HEADER, signer.sign(body)).body(body);
        } catch (JisrException refusal) {
            PartnerAudit.refused(who, what, refusal);
            throw refusal;
        }
    }
}
