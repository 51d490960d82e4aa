package gcc.jisr.gateway.traffic.soap;

import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.contracts.traffic.v1.soap.JisrFault;
import gcc.jisr.contracts.traffic.v1.soap.TrafficViolationPortType;
import gcc.jisr.gateway.national.AgencyCallers;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.agency.AgencyAdmission;
import gcc.jisr.routes.agency.RequesterIsCaller;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.gateway.soap.SignedTrackingLookup;
import gcc.jisr.gateway.soap.SoapSigner;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import gcc.jisr.routes.traffic.intake.NoticeChecks;
import gcc.jisr.routes.traffic.intake.StatusUpdateChecks;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import java.util.function.Supplier;

/**
 * The SOAP face of traffic-violation intake. CXF has parsed the request, checked it against the WSDL's schema and
 * handed over the MTOM attachments as each evidence item's content; the checks and the intake are the REST face's, so
 * a defect earns the same code on both faces. A signed notice or update may name a reporter or sender of the signer's
 * state only.
 */
@WebService(
        serviceName = "TrafficViolation",
        portName = "TrafficViolationPort",
        targetNamespace = "urn:gcc:jisr:traffic:wsdl:v1",
        endpointInterface = "gcc.jisr.contracts.traffic.v1.soap.TrafficViolationPortType",
        wsdlLocation = "classpath:jisr/contracts/v1/wsdl/TrafficViolation.wsdl")
public class TrafficSoapEndpoint implements TrafficViolationPortType {

    private final NoticeChecks notices;
    private final StatusUpdateChecks updates;
    private final TrafficIntake intake;
    private final TrafficTracking tracking;
    private final MessageOwners owners;
    private final AgencyAdmission admission;

    /** Injected by CXF when the endpoint is published. */
    @Resource
    private WebServiceContext context;

    public TrafficSoapEndpoint(NoticeChecks notices, StatusUpdateChecks updates, TrafficIntake intake, TrafficTracking tracking,
                               MessageOwners owners, AgencyAdmission admission) {
        this.owners = owners;
        this.admission = admission;
        this.notices = notices;
        this.updates = updates;
        this.intake = intake;
        this.tracking = tracking;
    }

    @Override
    public SubmissionAccepted submitViolation(ViolationNotice notice) throws JisrFault {
        return answer(notice.getCorrelationId(), () -> {
            requireSignerSpeaksFor(notice.getReporter().getState(), "/reporter/state");
            RequesterIsCaller.require(AgencyCallers.of(context), notice.getReporter().getState(), notice.getReporter().getAgency(),
                    "reporter", "/reporter");
            admission.admit(AgencyCallers.of(context), GccServices.TRAFFIC_NOTICE, null);
            return intake.submitNotice(notices.checkWithContent(notice));
        });
    }

    @Override
    public SubmissionAccepted updateViolationStatus(ViolationStatusUpdate update) throws JisrFault {
        // Over SOAP the update names the violation by its tracking id here (REST has it in the path).
        return answer(update.getCorrelationId(), () -> {
            requireSignerSpeaksFor(update.getSender().getState(), "/sender/state");
            RequesterIsCaller.require(AgencyCallers.of(context), update.getSender().getState(), update.getSender().getAgency(),
                    "sender", "/sender");
            admission.admit(AgencyCallers.of(context), GccServices.TRAFFIC_STATUS, null);
            return intake.submitStatusUpdate(update.getTrackingId(), updates.check(update.getTrackingId(), update));
        });
    }

    @Override
    public TrackingRecord getTracking(String trackingId) throws JisrFault {
        return answer(null, () -> SignedTrackingLookup.find(tracking, owners, context, trackingId));
    }

    private void requireSignerSpeaksFor(String claimedState, String field) {
        SoapSigner.of(context).ifPresent(signer -> signer.requireSpeaksFor(claimedState, field));
    }

    private static <T> T answer(String correlationId, Supplier<T> call) throws JisrFault {
        try (JisrFailures.CorrelationScope scope = JisrFailures.correlate(correlationId)) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                throw fault(JisrFailures.classify(e), scope.correlationId());
            }
        }
    }

    /**
     * The fault of this WSDL for a failure. JisrFailures writes the detail and the one log line; each WSDL has its own
     * generated fault class around the same jisrFault detail.
     */
    static JisrFault fault(JisrException failure, String correlationId) {
        gcc.jisr.contracts.civilid.v1.soap.JisrFault written = JisrFailures.soapFault(failure, correlationId);
        return new JisrFault(written.getMessage(), written.getFaultInfo());
    }
}
