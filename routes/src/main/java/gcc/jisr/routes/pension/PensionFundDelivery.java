package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.TrafficJson;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;

/**
 * Hands a message received from a partner to this state's pension fund, and turns the fund's answer into the
 * acknowledgement for the sending state. A contribution report is checked again first: its forwarded records and
 * what the sending gateway withheld must add up to the host institution's totals, else it is refused whole
 * (JISR-422-BATCH-TOTALS, with the differences) and the fund is not troubled. Its records then go to the fund as a
 * stream, opened part by part, and the fund's answer for each record is sealed, part by part, for the way back.
 */
final class PensionFundDelivery implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PensionFundDelivery.class);

    private final GccState ownState;
    private final PensionLedger ledger;
    private final PensionSealing sealing;
    private final PensionFund fund;
    private final PensionLimits limits;
    private final Clock clock;

    PensionFundDelivery(GccState ownState, PensionLedger ledger, PensionSealing sealing, PensionFund fund,
                        PensionLimits limits, Clock clock) {
        this.ownState = ownState;
        this.ledger = ledger;
        this.sealing = sealing;
        this.fund = fund;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        PensionDue due = PensionDeliveryStart.due(exchange);
        GccState sender = due.from().gccState();
        String answerId = ledger.newMessageId();
        boolean answered = false;
        try {
            OutgoingPensionMessage acknowledgement = switch (due.service()) {
                case GccServices.PENSION_CONTRIBUTION_REPORT -> report(due, sender, answerId);
                case GccServices.PENSION_SERVICE_PERIODS, GccServices.PENSION_NOTICE -> single(due, sender, answerId);
                default -> throw new JisrException(JisrError.SERVICE_NOT_GRANTED, due.service()
                        + " is not handed to a pension fund");
            };
            ledger.answeredNationally(due, acknowledgement);
            answered = true;
        } finally {
            if (!answered) {
                ledger.parts().discard(sender, answerId);
            }
        }
    }

    private OutgoingPensionMessage report(PensionDue due, GccState sender, String answerId) {
        ContributionReport header = TrafficJson.read(TrafficJson.tree(due.header()), ContributionReport.class);
        ContributionReportAcknowledgement acknowledgement = new ContributionReportAcknowledgement();
        acknowledgement.setAcknowledgedBy(header.getHomeInstitution());
        acknowledgement.setMessageId(due.messageId());
        acknowledgement.setReportId(header.getReportId());
        Optional<TotalsMismatch> mismatch = recount(due, sender, header);
        String summary;
        int parts;
        // Closed before the caller discards what a failed answer staged: no part of it is still being sealed then.
        try (SealedParts results = new SealedParts(sealing, ledger.parts(), sender, answerId, limits)) {
            if (mismatch.isPresent()) {
                acknowledgement.setRefused(mismatch.get());
                summary = "refused whole: its records do not add up to its totals (" + JisrError.BATCH_TOTALS.code() + ")";
                LOG.warn("contribution report {} from {} refused: totals do not match", header.getReportId(), sender);
            } else {
                PensionFund.ReportAnswer answer = fund.report(header, new OpenedRecords(ledger, sealing, sender, due.messageId()),
                        result -> results.add(TrafficJson.bytes(result)));
                acknowledgement.setAcceptedCount(answer.accepted());
                acknowledgement.setRejectedCount(answer.rejected());
                summary = "the " + ownState + " fund accepted " + answer.accepted() + " and rejected " + answer.rejected() + " record(s)";
            }
            acknowledgement.setAcknowledgedAt(now());
            parts = results.finish();
        }
        return new OutgoingPensionMessage(answerId, GccServices.PENSION_CONTRIBUTION_ACKNOWLEDGEMENT, sender,
                due.to().agency(), due.from().agency(), header.getReportId(), "ack/" + due.messageId(), due.correlationId(),
                TrafficJson.bytes(acknowledgement), parts, summary);
    }

    /**
     * The forwarded records' sums plus what was withheld, against the declared totals. The sums were kept with each
     * part as it was received; the parts are opened and their records read again only for a report some of whose parts
     * were kept without them.
     */
    private Optional<TotalsMismatch> recount(PensionDue due, GccState sender, ContributionReport header) {
        ContributionSums sums = ContributionSums.of(header.getWithheld());
        Optional<ContributionSums> kept = ledger.recordSums(sender, due.messageId());
        if (kept.isPresent()) {
            sums.addAll(kept.get());
            return sums.mismatch(header.getTotals());
        }
        for (Iterator<PensionPart> parts = ledger.partsOf(sender, due.messageId()); parts.hasNext(); ) {
            PensionPart part = parts.next();
            sums.addAll(ContributionSums.ofLines(sealing.open(part.sealed(), part.of(), part.index())));
        }
        return sums.mismatch(header.getTotals());
    }

    private OutgoingPensionMessage single(PensionDue due, GccState sender, String answerId) {
        Iterator<PensionPart> parts = ledger.partsOf(sender, due.messageId());
        PensionPart part = parts.next();
        JsonNode document = TrafficJson.tree(sealing.open(part.sealed(), part.of(), part.index()));
        PensionAcknowledgement acknowledgement;
        String reference;
        if (GccServices.PENSION_NOTICE.equals(due.service())) {
            PensionNotice notice = TrafficJson.read(document, PensionNotice.class);
            reference = notice.getNoticeId();
            acknowledgement = fund.notice(notice);
        } else {
            ServicePeriodStatement statement = TrafficJson.read(document, ServicePeriodStatement.class);
            reference = statement.getStatementId();
            acknowledgement = fund.statement(statement);
        }
        acknowledgement.setMessageId(due.messageId());
        if (acknowledgement.getAcknowledgedAt() == null) {
            acknowledgement.setAcknowledgedAt(now());
        }
        byte[] content = TrafficJson.bytes(acknowledgement);
        ledger.parts().stage(sender, answerId, 0, 1, sealing.seal(content, sender, answerId, 0));
        return new OutgoingPensionMessage(answerId, GccServices.PENSION_ACKNOWLEDGEMENT, sender, due.to().agency(),
                due.from().agency(), reference, "ack/" + due.messageId(), due.correlationId(), content, 1,
                "the " + ownState + " fund answered " + acknowledgement.getOutcome()
                        + (acknowledgement.getReasonCode() == null ? "" : " (" + acknowledgement.getReasonCode() + ")"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
