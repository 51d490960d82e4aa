package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * One state's pension system as the gateway sees it: its national format ({@link NationalPensionFormat}, one per
 * state), where its fund takes contribution reports, statements and notices (all by POST), and the institution code
 * it acknowledges as. Configured like the traffic system, with the keys of {@link PensionSettings} and the format's.
 */
public final class NationalPensionSystem implements PensionSystemTranslator {

    private static final int MAX_REFUSAL = 64 * 1024;

    private final NationalPensionFormat format;
    private final RegistryPath contributionPath;
    private final RegistryPath statementPath;
    private final RegistryPath noticePath;
    private final String institutionCode;

    /** @throws IllegalArgumentException for a path holding {@value RegistryPath#ID} or an institution code the contract refuses */
    public NationalPensionSystem(NationalPensionFormat format, RegistryPath contributionPath, RegistryPath statementPath,
                                 RegistryPath noticePath, String institutionCode) {
        this.format = Objects.requireNonNull(format, "format");
        this.contributionPath = RegistryPath.withoutId(contributionPath.template());
        this.statementPath = RegistryPath.withoutId(statementPath.template());
        this.noticePath = RegistryPath.withoutId(noticePath.template());
        this.institutionCode = PensionSettings.institution(institutionCode);
    }

    /** The settings {@link #configured} reads: the shared ones and the format's. */
    public Set<String> settingKeys() {
        return RegistrySettings.union(PensionSettings.keys(), format.settingKeys());
    }

    public NationalPensionSystem configured(AdapterSettings settings) {
        return new NationalPensionSystem(format.configured(settings),
                PensionSettings.path(settings, PensionSettings.CONTRIBUTION_PATH, contributionPath),
                PensionSettings.path(settings, PensionSettings.STATEMENT_PATH, statementPath),
                PensionSettings.path(settings, PensionSettings.NOTICE_PATH, noticePath),
                PensionSettings.institution(settings, institutionCode));
    }

    public GccState state() {
        return format.state();
    }

    public NationalPensionFormat format() {
        return format;
    }

    public RegistryPath contributionPath() {
        return contributionPath;
    }

    public RegistryPath statementPath() {
        return statementPath;
    }

    public RegistryPath noticePath() {
        return noticePath;
    }

    @Override
    public String institution() {
        return state().code() + ":" + institutionCode;
    }

    @Override
    public ContributionFileReader contributionReportOf(InputStream nationalFile) throws IOException {
        return format.readContributionReport(nationalFile);
    }

    @Override
    public ServicePeriodStatement statementOf(byte[] nationalFile) {
        return format.readStatement(nationalFile);
    }

    @Override
    public PensionNotice noticeOf(byte[] nationalFile) {
        return format.readNotice(nationalFile);
    }

    @Override
    public PensionCall contributionReportDelivery(ContributionReport report, Iterator<ContributionRecord> records, String messageId) {
        Objects.requireNonNull(messageId, "messageId");
        return PensionCall.post(contributionPath.template(), format.contentType(),
                out -> format.writeContributionReport(report, records, out));
    }

    @Override
    public ContributionReportAcknowledgement contributionAcknowledgementOf(ContributionReport report, String messageId, int httpStatus,
                                                                           InputStream body, OffsetDateTime receivedAt) throws IOException {
        if (httpStatus != 200) {
            refused(httpStatus, body == null ? null : body.readNBytes(MAX_REFUSAL), "contribution report " + report.getReportId());
        }
        if (body == null) {
            throw new RegistryFormatException(state() + " fund answered contribution report " + report.getReportId() + " without a body");
        }
        NationalContributionAnswer answer = format.readContributionAnswer(body);
        if (!answer.reportId().equals(report.getReportId())) {
            throw new RegistryFormatException(state() + " fund answered report " + answer.reportId() + " to report " + report.getReportId());
        }
        ContributionReportAcknowledgement ack = new ContributionReportAcknowledgement();
        ack.setAcknowledgedBy(institution());
        ack.setMessageId(messageId);
        ack.setReportId(report.getReportId());
        ack.setAcknowledgedAt(at(answer.answeredAt(), receivedAt));
        switch (answer.outcome()) {
            case DUPLICATE -> throw new DuplicateContributionReportException(report.getReportId(), state() + " fund already holds report "
                    + report.getHostInstitution() + " " + report.getReportId());
            case REFUSED -> ack.setRefused(answer.refused());
            case PROCESSED -> {
                int accepted = 0;
                int rejected = 0;
                for (RecordResult result : answer.results()) {
                    if (result.getOutcome() == RecordOutcome.ACCEPTED) {
                        accepted++;
                    } else {
                        rejected++;
                    }
                }
                if (accepted != answer.acceptedCount() || rejected != answer.rejectedCount()) {
                    throw new RegistryFormatException(state() + " fund counted " + answer.acceptedCount() + " accepted and "
                            + answer.rejectedCount() + " rejected records but listed " + accepted + " and " + rejected);
                }
                if (answer.results().isEmpty()) {
                    throw new RegistryFormatException(state() + " fund processed report " + report.getReportId() + " without a record result");
                }
                ack.setAcceptedCount(accepted);
                ack.setRejectedCount(rejected);
                ack.getRecordResult().addAll(answer.results());
            }
        }
        return ack;
    }

    @Override
    public RegistryCall statementDelivery(ServicePeriodStatement statement, String messageId) {
        Objects.requireNonNull(messageId, "messageId");
        return RegistryCall.post(statementPath.template(), format.contentType(), format.writeStatement(statement));
    }

    @Override
    public RegistryCall noticeDelivery(PensionNotice notice, String messageId) {
        Objects.requireNonNull(messageId, "messageId");
        return RegistryCall.post(noticePath.template(), format.contentType(), format.writeNotice(notice));
    }

    @Override
    public PensionAcknowledgement acknowledgementOf(String reference, String messageId, int httpStatus, byte[] body,
                                                    OffsetDateTime receivedAt) {
        if (httpStatus != 200) {
            refused(httpStatus, body, reference);
        }
        if (body == null || body.length == 0) {
            throw new RegistryFormatException(state() + " fund answered " + reference + " with an empty body");
        }
        NationalPensionAnswer answer = format.readAnswer(body);
        if (!answer.reference().equals(reference)) {
            throw new RegistryFormatException(state() + " fund answered " + answer.reference() + " to " + reference);
        }
        PensionAcknowledgement ack = new PensionAcknowledgement();
        ack.setAcknowledgedBy(institution());
        ack.setMessageId(messageId);
        ack.setReference(reference);
        ack.setOutcome(answer.outcome());
        ack.setCaseId(answer.caseId());
        ack.setReasonCode(answer.reasonCode());
        ack.setReason(answer.reason());
        ack.setAcknowledgedAt(at(answer.answeredAt(), receivedAt));
        return ack;
    }

    private OffsetDateTime at(LocalDateTime local, OffsetDateTime receivedAt) {
        return local == null ? Objects.requireNonNull(receivedAt, "receivedAt") : local.atZone(state().zone()).toOffsetDateTime();
    }

    private void refused(int httpStatus, byte[] body, String what) {
        String why = body == null ? "no body" : format.readRefusal(body).orElse("no answer in its format");
        if (httpStatus == 503) {
            throw new PensionFundUnavailableException(state() + " fund is unavailable: " + why);
        }
        throw new RegistryFormatException(state() + " fund answered " + what + " with HTTP " + httpStatus + ": " + why);
    }
}
