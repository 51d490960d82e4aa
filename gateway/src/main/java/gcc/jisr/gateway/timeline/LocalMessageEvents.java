package gcc.jisr.gateway.timeline;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.gateway.store.ArchiveRecord;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.gateway.traffic.TrackedMessage;
import gcc.jisr.gateway.traffic.TrackedMessages;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What this gateway recorded of one message: its tracking history (accepted, forwarded, delivered, acknowledged,
 * failed, dead-lettered, replayed, each by the node that did it) and its archive records (the envelope signed and
 * sent, the partner's receipt, or the envelope received and verified). A message is found by its tracking id or its
 * envelope's message id; one that only crossed the border synchronously (a civil-ID verification) has archive records
 * only.
 */
public class LocalMessageEvents {

    /** Tracking steps that come before an envelope of the message is signed and sent. */
    private static final Set<String> BEFORE_SENDING = Set.of("ACCEPTED", "REPLAYED", "FORWARDED");

    private final GccState ownState;
    private final TrackedMessages tracked;
    private final MessageArchive archive;
    private final JdbcTemplate jdbc;

    public LocalMessageEvents(GccState ownState, TrackedMessages tracked, MessageArchive archive, JdbcTemplate jdbc) {
        this.ownState = ownState;
        this.tracked = tracked;
        this.archive = archive;
        this.jdbc = jdbc;
    }

    /**
     * One message as this gateway knows it.
     *
     * @param trackingId null for a message this gateway does not track (only archived)
     * @param partner    the other state of the exchange
     */
    public record LocalHalf(String messageId, String trackingId, String service, GccState partner,
                            List<MessageEvent> events) {
    }

    public Optional<LocalHalf> of(String trackingOrMessageId) {
        Optional<TrackedMessage> message = tracked.byTrackingOrMessageId(trackingOrMessageId);
        if (message.isPresent()) {
            TrackedMessage m = message.get();
            List<MessageEvent> events = merged(history(m.trackingId()), archived(m.messageId(), m.partner()));
            return Optional.of(new LocalHalf(m.messageId(), m.trackingId(), m.service(), m.partner(), events));
        }
        List<MessageArchive.NodeRecord> records = archive.recordsOf(trackingOrMessageId);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        ArchiveRecord first = records.get(0).record();
        GccState partner = GccState.valueOf(first.direction() == Direction.SENT ? first.toState() : first.fromState());
        return Optional.of(new LocalHalf(first.messageId(), null, first.service(), partner,
                sorted(archived(first.messageId(), partner))));
    }

    /** The message's events if it was exchanged with that state (sent to it or received from it), else nothing. */
    public Optional<LocalHalf> exchangedWith(String messageId, GccState partner) {
        return tracked.bySender(partner, messageId)
                .or(() -> tracked.byTrackingOrMessageId(messageId).filter(m -> m.messageId().equals(messageId)))
                .filter(m -> m.partner() == partner)
                .map(m -> of(m.trackingId()).orElseThrow())
                .or(() -> of(messageId).filter(half -> half.trackingId() == null && half.partner() == partner
                        && half.messageId().equals(messageId)));
    }

    private List<MessageEvent> history(String trackingId) {
        String gateway = ownState.name();
        return jdbc.query("SELECT changed_at, node, event, status, attempt, error_code, detail FROM status_history "
                + "WHERE message_id = ? ORDER BY id", (rs, row) -> {
            int attempt = rs.getInt("attempt");
            Integer attempted = rs.wasNull() ? null : attempt;
            String event = rs.getString("event");
            return new MessageEvent(rs.getObject("changed_at", OffsetDateTime.class).toInstant(), gateway,
                    rs.getString("node"), event == null ? rs.getString("status") : event, rs.getString("status"), attempted,
                    rs.getString("error_code"), LogMasking.mask(rs.getString("detail")));
        }, trackingId);
    }

    private List<MessageEvent> archived(String messageId, GccState partner) {
        String gateway = ownState.name();
        List<MessageEvent> events = new ArrayList<>();
        for (MessageArchive.NodeRecord stored : archive.recordsOf(messageId)) {
            ArchiveRecord record = stored.record();
            String sequence = "archive record " + record.sequenceNumber();
            if (record.direction() == Direction.SENT) {
                events.add(new MessageEvent(record.recordedAt(), gateway, stored.node(), "SIGNED", null, null, null,
                        "envelope signed and sent to " + record.toState() + ", " + sequence));
                if (record.receipt() != null) {
                    events.add(new MessageEvent(record.recordedAt(), gateway, stored.node(), "RECEIPT", null, null, null,
                            "signed receipt of " + record.toState() + " verified and archived, " + sequence));
                }
            } else if (record.direction() == Direction.RECEIVED) {
                events.add(new MessageEvent(record.recordedAt(), gateway, stored.node(), "VERIFIED", null, null, null,
                        "envelope from " + record.fromState() + " verified and archived, " + sequence));
            }
        }
        return events;
    }

    /**
     * The tracking history and the archive's steps in one list by time, each list keeping its own order. Both are kept
     * to the millisecond, so a tie is decided by what happened: an envelope is archived as sent once its receipt is
     * back, after the message was accepted and forwarded and before it is marked delivered; an envelope received is
     * archived before the message is tracked here.
     */
    static List<MessageEvent> merged(List<MessageEvent> history, List<MessageEvent> archived) {
        List<MessageEvent> events = new ArrayList<>(history.size() + archived.size());
        int h = 0;
        for (MessageEvent step : archived) {
            while (h < history.size() && comesBefore(history.get(h), step)) {
                events.add(history.get(h++));
            }
            events.add(step);
        }
        events.addAll(history.subList(h, history.size()));
        return List.copyOf(events);
    }

    private static boolean comesBefore(MessageEvent tracked, MessageEvent archived) {
        int byTime = tracked.at().compareTo(archived.at());
        if (byTime != 0) {
            return byTime < 0;
        }
        boolean sentStep = archived.event().equals("SIGNED") || archived.event().equals("RECEIPT");
        return sentStep && BEFORE_SENDING.contains(tracked.event());
    }

    /** By time; steps of one instant keep the order they were read in. */
    private static List<MessageEvent> sorted(List<MessageEvent> events) {
        List<MessageEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(MessageEvent::at));
        return List.copyOf(copy);
    }
}
