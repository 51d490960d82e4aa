package gcc.jisr.gateway.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.problems.LogMasking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A message's whole way across the border: this gateway's events and, verified, the partner gateway's, in one list by
 * time, each with its gateway and node. The partner's half is asked for every time (it changes while the message
 * travels) and a partner that does not answer leaves the local half with a marker saying so.
 */
public class MessageTimeline {

    private final GccState ownState;
    private final LocalMessageEvents local;
    private final PartnerEvents partners;

    public MessageTimeline(GccState ownState, LocalMessageEvents local, PartnerEvents partners) {
        this.ownState = ownState;
        this.local = local;
        this.partners = partners;
    }

    /** @throws JisrException NOT_FOUND when this gateway neither tracks nor archived such a message */
    public ObjectNode of(String trackingOrMessageId) {
        LocalMessageEvents.LocalHalf half = local.of(trackingOrMessageId).orElseThrow(() -> new JisrException(
                JisrError.NOT_FOUND, "no message is tracked or archived here as " + LogMasking.mask(trackingOrMessageId)));
        PartnerEvents.PartnerHalf partner = half.partner() == ownState
                ? PartnerEvents.PartnerHalf.without(ownState, "NOT_A_PARTNER", "the message stayed in " + ownState)
                : partners.of(half.partner(), half.messageId());

        ObjectNode timeline = JsonNodeFactory.instance.objectNode();
        timeline.put("messageId", half.messageId());
        timeline.put("trackingId", half.trackingId());
        timeline.put("service", half.service());
        timeline.put("gateway", ownState.name());
        ObjectNode partnerHalf = timeline.putObject("partner");
        partnerHalf.put("state", partner.state().name());
        partnerHalf.put("outcome", partner.outcome());
        partnerHalf.put("detail", partner.detail());
        List<MessageEvent> events = new ArrayList<>(half.events());
        events.addAll(partner.events());
        // A stable sort: each gateway's own events keep their recorded order within one millisecond.
        events.sort(Comparator.comparing(MessageEvent::at));
        ArrayNode list = timeline.putArray("events");
        for (MessageEvent event : events) {
            list.add(event.toJson().put("side", event.gateway().equals(ownState.name()) ? "LOCAL" : "PARTNER"));
        }
        return timeline;
    }
}
