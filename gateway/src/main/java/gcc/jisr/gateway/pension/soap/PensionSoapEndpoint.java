package gcc.jisr.gateway.pension.soap;

import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.soap.JisrFault;
import gcc.jisr.contracts.pension.v1.soap.PensionExchangePortType;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.gateway.soap.SignedTrackingLookup;
import gcc.jisr.gateway.soap.SoapSigner;
import gcc.jisr.routes.pension.BoundReportReading;
import gcc.jisr.routes.pension.PensionDocumentIntake;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficTracking;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * The SOAP face of the pension flow, PensionExchange. CXF has parsed the body and checked it against the WSDL's schema;
 * what follows is the REST face's intake (the same checks, the same codes): a report's records are checked one by one,
 * a statement or notice as a document. Tracking is the shared tracking of every message. A signed report, statement or
 * notice may come from an institution of the signer's state only.
 */
@WebService(
        serviceName = "PensionExchange",
        portName = "PensionExchangePort",
        targetNamespace = "urn:gcc:jisr:pension:wsdl:v1",
        endpointInterface = "gcc.jisr.contracts.pension.v1.soap.PensionExchangePortType",
        wsdlLocation = "classpath:jisr/contracts/v1/wsdl/PensionExchange.wsdl")
public class PensionSoapEndpoint implements PensionExchangePortType {

    private final BoundReportReading reports;
    private final PensionDocumentIntake documents;
    private final TrafficTracking tracking;
    private final MessageOwners owners;
    private final AgencyAdmission admission;

    /** Injected by CXF when the endpoint is published. */
    @Resource
    private WebServiceContext context;

    public PensionSoapEndpoint(BoundReportReading reports, PensionDocumentIntake documents, TrafficTracking tracking,
                               MessageOwners owners, AgencyAdmission admission) {
        this.owners = owners;
        this.admission = admission;
        this.reports = reports;
        this.documents = documents;
        this.tracking = tracking;
    }

    @Override
    public ContributionReportAccepted submitContributionReport(ContributionReport report) throws JisrFault {
        return answer(report.getCorrelationId(), () -> {
            requireSignerSpeaksFor(report.getHostInstitution(), "/hostInstitution");
            return reports.read(report, admitted(GccServices.PENSION_CONTRIBUTION_REPORT));
        });
    }

    @Override
    public SubmissionAccepted submitServicePeriods(ServicePeriodStatement statement) throws JisrFault {
        return answer(statement.getCorrelationId(), () -> {
            requireSignerSpeaksFor(statement.getHostInstitution(), "/hostInstitution");
            return documents.submitStatement(TrafficJson.bytes(statement), admitted(GccServices.PENSION_SERVICE_PERIODS));
        });
    }

    @Override
    public SubmissionAccepted submitNotice(PensionNotice notice) throws JisrFault {
        return answer(notice.getCorrelationId(), () -> {
            requireSignerSpeaksFor(notice.getSender(), "/sender");
            return documents.submitNotice(TrafficJson.bytes(notice), admitted(GccServices.PENSION_NOTICE));
        });
    }

    @Override
    public TrackingRecord getTracking(String trackingId) throws JisrFault {
        return answer(null, () -> SignedTrackingLookup.find(tracking, owners, context, trackingId));
    }

    private AgencyCaller admitted(String service) {
        AgencyCaller caller = AgencyCallers.of(context);
        admission.admit(caller, service, null);
        return caller;
    }

    /** An institution id is its state's code, a colon and the institution's own code (KW:PIFSS). */
    private void requireSignerSpeaksFor(String institutionId, String field) {
        String state = institutionId == null || institutionId.indexOf(':') < 0 ? institutionId
                : institutionId.substring(0, institutionId.indexOf(':'));
        SoapSigner.of(context).ifPresent(signer -> signer.requireSpeaksFor(state, field));
    }

    private static <T> T answer(String correlationId, Callable<T> call) throws JisrFault {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            try {
                return call.call();
            } catch (IOException e) {
                throw fault(JisrFailures.classify(new UncheckedIOException(e)), scope.correlationId());
            } catch (RuntimeException e) {
                throw fault(JisrFailures.classify(e), scope.correlationId());
            } catch (Exception e) {
                throw fault(JisrFailures.classify(new IllegalStateException(e)), scope.correlationId());
            }
        }
    }

    /** The fault of this WSDL: JisrFailures writes the detail and the one log line, as for the other SOAP services. */
    static JisrFault fault(JisrException failure, String correlationId) {
        gcc.jisr.contracts.civilid.v1.soap.JisrFault written = JisrFailures.soapFault(failure, correlationId);
        return new JisrFault(written.getMessage(), written.getFaultInfo());
    }
}
