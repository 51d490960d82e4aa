package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.traffic.Reception;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.List;

/**
 * The durable side of the pension flow: the outbox's pension entries with their leases, the parts sent and received,
 * the tracking records and their history. Every method is one transaction.
 */
public interface PensionLedger {

    /** Takes a lease on up to {@code limit} due pension entries. */
    List<PensionDue> claimDue(int limit);

    /** An attempt is starting (FORWARDED, recorded for a message's first part only). */
    void handingOver(PensionDue due);

    /** The partner's gateway gave its signed receipt for a part; the message is DELIVERED once every part is. */
    void delivered(PensionDue due);

    /** The attempt failed; another is due at {@code nextAttemptAt}. */
    void failed(PensionDue due, JisrError error, String detail, Instant nextAttemptAt);

    /** The attempt failed and no other will be made until an operator replays it. */
    void deadLettered(PensionDue due, JisrError error, String detail);

    /**
     * Keeps a part a partner sent (verified, authorized, archived and opened by then; kept still sealed). When it is
     * the last part of its message, the message is scheduled in the same transaction: for the national fund, or, for
     * an acknowledgement, it closes the tracking of the message it answers. A part received before is not kept again.
     *
     * @param recordSums the sums of the part's records when it is a part of a contribution report, else null
     */
    Reception receive(Envelope envelope, PensionPart part, ContributionSums recordSums);

    /**
     * The sums of the records of a contribution report received from {@code sender}, added up from what was kept with
     * each part; empty when a part was kept without them.
     */
    Optional<ContributionSums> recordSums(GccState sender, String messageId);

    /** The sealed parts of a message received from {@code sender}, in order, read one at a time. */
    Iterator<PensionPart> partsOf(GccState sender, String messageId);

    /**
     * The national fund answered a message received from a partner: it is DELIVERED here, and the acknowledgement
     * (its parts staged) leaves for the sending state, in one transaction.
     */
    void answeredNationally(PensionDue due, OutgoingPensionMessage acknowledgement);

    /** Where acknowledgement parts are staged while the fund's answer is read. */
    PartSink parts();

    String newMessageId();
}
