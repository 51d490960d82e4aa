package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

/**
 * Where a national agency's traffic messages are kept for delivery to another state: durably, before the agency is
 * answered 202, so that nothing accepted is lost whatever happens afterwards. The faces (REST, SOAP, batch files)
 * check what they receive and hand it here; forwarding happens later, from the outbox.
 */
public interface TrafficIntake {

    /**
     * How a violation addresses the registering state's traffic authority, whose agency code the reporting state does
     * not know: the receiving gateway hands it to its own state's traffic agency.
     */
    String TRAFFIC_AUTHORITY = "TRAFFIC";


    /**
     * Accepts a checked notice for its registering state (the plate's issuing state). The same violation (reporting
     * state and violation reference) submitted again is answered with the first submission's acceptance and is not
     * forwarded again.
     */
    SubmissionAccepted submitNotice(CheckedNotice notice);

    /**
     * Accepts a status change (paid, contested, cancelled, settled) of a violation this gateway tracks, named by the
     * tracking id its notice got here, for the other state.
     *
     * @throws gcc.jisr.contracts.errors.JisrException NOT_FOUND for an unknown tracking id, SCHEMA when the update
     *         names another violation than the tracking id, STATUS_TRANSITION when the current status forbids it
     */
    SubmissionAccepted submitStatusUpdate(String trackingId, ViolationStatusUpdate update);
}
