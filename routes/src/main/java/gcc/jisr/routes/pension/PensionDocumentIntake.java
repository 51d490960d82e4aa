package gcc.jisr.routes.pension;

import gcc.jisr.routes.agency.AgencyCaller;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.pension.v1.InsurancePeriod;
import gcc.jisr.contracts.pension.v1.InsuredPerson;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.PeriodTotals;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.TrafficJson;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepts a service-period statement or a notice (single JSON documents) from this state's institution: the contract,
 * the institutions, the person's home state and civil ID, and the order of the dates are checked; the document is
 * sealed whole to the receiving state's key, as one part, and accepted durably before the institution hears 202.
 * The same document sent again (same sender and id) is answered with its first acceptance.
 */
public final class PensionDocumentIntake {

    private static final JsonContract<ServicePeriodStatement> STATEMENT = new JsonContract<>(
            "jisr/contracts/v1/json/pension-service-period-statement.schema.json", ServicePeriodStatement.class,
            "homeInstitution", JisrError.SCHEMA);
    private static final JsonContract<PensionNotice> NOTICE = new JsonContract<>(
            "jisr/contracts/v1/json/pension-notice.schema.json", PensionNotice.class, "receiver", JisrError.SCHEMA);

    private final GccState ownState;
    private final PensionInstitutions institutions;
    private final CountryAdapters adapters;
    private final PensionSealing sealing;
    private final PensionIntake intake;

    public PensionDocumentIntake(GccState ownState, PensionInstitutions institutions, CountryAdapters adapters,
                                 PensionSealing sealing, PensionIntake intake) {
        this.ownState = Objects.requireNonNull(ownState, "ownState");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.adapters = Objects.requireNonNull(adapters, "adapters");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public SubmissionAccepted submitStatement(byte[] json, AgencyCaller caller) {
        ServicePeriodStatement statement = STATEMENT.read(json);
        PensionInstitutions.requireCaller(caller, statement.getHostInstitution(), "host institution", "/hostInstitution");
        GccState home = route(statement.getHostInstitution(), "/hostInstitution", statement.getHomeInstitution(), "/homeInstitution");
        person(statement.getPerson(), home);
        List<InsurancePeriod> periods = statement.getPeriod();
        for (int i = 0; i < periods.size(); i++) {
            InsurancePeriod period = periods.get(i);
            if (period.getFrom().isAfter(period.getTo())) {
                throw refusal(JisrError.INVALID_DATE, "/period/" + i + "/to", "the period ends (" + period.getTo()
                        + ") before it starts (" + period.getFrom() + ")");
            }
        }
        checkTotals(statement);
        ObjectNode header = TrafficJson.mapper().createObjectNode()
                .put("statementId", statement.getStatementId())
                .put("hostInstitution", statement.getHostInstitution())
                .put("homeInstitution", statement.getHomeInstitution());
        if (statement.getCaseId() != null) {
            header.put("caseId", statement.getCaseId());
        }
        return accept(GccServices.PENSION_SERVICE_PERIODS, home, statement.getHostInstitution(), statement.getHomeInstitution(),
                statement.getStatementId(), statement.getCorrelationId(), header, TrafficJson.bytes(statement), "statement");
    }

    public SubmissionAccepted submitNotice(byte[] json, AgencyCaller caller) {
        PensionNotice notice = NOTICE.read(json);
        PensionInstitutions.requireCaller(caller, notice.getSender(), "sender", "/sender");
        GccState receiver = route(notice.getSender(), "/sender", notice.getReceiver(), "/receiver");
        // An entitlement decision comes from the person's home fund; every other event from the state they work in.
        boolean decision = notice.getEntitlementDecision() != null;
        person(notice.getPerson(), decision ? ownState : receiver);
        LocalDate born = notice.getPerson().getDateOfBirth();
        String event = "notice";
        LocalDate on = null;
        String field = null;
        if (notice.getStartOfService() != null) {
            event = "start of service";
            on = notice.getStartOfService().getStartDate();
            field = "/startOfService/startDate";
        } else if (notice.getEndOfService() != null) {
            event = "end of service";
            on = notice.getEndOfService().getEndDate();
            field = "/endOfService/endDate";
        } else if (notice.getDeath() != null) {
            event = "death";
            on = notice.getDeath().getDateOfDeath();
            field = "/death/dateOfDeath";
        } else if (notice.getWageChange() != null) {
            event = "wage change";
            on = notice.getWageChange().getEffectiveDate();
            field = "/wageChange/effectiveDate";
        } else if (decision) {
            event = "entitlement decision";
            on = notice.getEntitlementDecision().getStartDate();
            field = "/entitlementDecision/startDate";
            LocalDate end = notice.getEntitlementDecision().getEndDate();
            if (end != null && end.isBefore(on)) {
                throw refusal(JisrError.INVALID_DATE, "/entitlementDecision/endDate", "the benefit ends (" + end
                        + ") before it starts (" + on + ")");
            }
        }
        if (on != null && born != null && on.isBefore(born)) {
            throw refusal(JisrError.INVALID_DATE, field, "the " + event + " (" + on + ") is before the person's birth");
        }
        ObjectNode header = TrafficJson.mapper().createObjectNode()
                .put("noticeId", notice.getNoticeId())
                .put("sender", notice.getSender())
                .put("receiver", notice.getReceiver());
        if (notice.getCaseId() != null) {
            header.put("caseId", notice.getCaseId());
        }
        return accept(GccServices.PENSION_NOTICE, receiver, notice.getSender(), notice.getReceiver(), notice.getNoticeId(),
                notice.getCorrelationId(), header, TrafficJson.bytes(notice), event + " notice");
    }

    private SubmissionAccepted accept(String service, GccState to, String from, String toInstitution, String reference,
                                      String correlationId, ObjectNode header, byte[] document, String what) {
        String businessKey = from + "/" + reference;
        Optional<SubmissionAccepted> before = intake.acceptedBefore(service, businessKey);
        if (before.isPresent()) {
            return before.get();
        }
        String messageId = intake.newMessageId();
        boolean accepted = false;
        try {
            intake.stage(to, messageId, 0, 1, sealing.seal(document, to, messageId, 0));
            SubmissionAccepted done = intake.accept(new OutgoingPensionMessage(messageId, service, to,
                    PensionInstitutions.code(from), PensionInstitutions.code(toInstitution), reference, businessKey,
                    correlationId, TrafficJson.bytes(header), 1, what + " sealed for " + toInstitution));
            accepted = true;
            return done;
        } finally {
            if (!accepted) {
                intake.discard(to, messageId);
            }
        }
    }

    /** The declared totals against the periods', by {@link ServicePeriodTotals}' rule; the difference in the refusal. */
    private static void checkTotals(ServicePeriodStatement statement) {
        PeriodTotals declared = statement.getTotals();
        PeriodTotals computed = ServicePeriodTotals.of(statement.getPeriod());
        if (declared.getYears() == computed.getYears() && declared.getMonths() == computed.getMonths()
                && declared.getDays() == computed.getDays()) {
            return;
        }
        long difference = ServicePeriodTotals.asDays(computed) - ServicePeriodTotals.asDays(declared);
        String reason = "declared " + ServicePeriodTotals.text(declared) + ", the periods add up to "
                + ServicePeriodTotals.text(computed) + " (overlaps counted once, days beyond whole months at 30 a month)"
                + ", difference " + (difference >= 0 ? "+" : "") + difference + " day(s)";
        throw new JisrException(JisrError.PERIOD_TOTALS, "the totals of statement " + statement.getStatementId()
                + " do not match its periods: " + reason, List.of(new FieldViolation("/totals", reason)));
    }

    /** Checks sender and receiver; the receiving state. */
    private GccState route(String from, String fromField, String to, String toField) {
        GccState sender = institutions.stateOf(from, fromField);
        if (sender != ownState) {
            throw refusal(JisrError.SCHEMA, fromField, "not an institution of " + ownState);
        }
        GccState receiver = institutions.stateOf(to, toField);
        if (receiver == ownState) {
            throw refusal(JisrError.SCHEMA, toField, "an institution of this gateway's own state: nothing crosses a border");
        }
        return receiver;
    }

    private void person(InsuredPerson person, GccState home) {
        if (!home.name().equals(person.getCivilIdState())) {
            throw refusal(JisrError.SCHEMA, "/person/civilIdState", "the person's home state is " + person.getCivilIdState()
                    + ", not " + home);
        }
        adapters.forState(home).ifPresent(adapter -> {
            try {
                adapter.civilIds().parse(person.getCivilId());
            } catch (JisrException invalid) {
                throw refusal(JisrError.INVALID_CIVIL_ID, "/person/civilId", invalid.getMessage());
            }
        });
    }

    private static JisrException refusal(JisrError error, String field, String reason) {
        return new JisrException(error, reason, List.of(new FieldViolation(field, reason)));
    }
}
