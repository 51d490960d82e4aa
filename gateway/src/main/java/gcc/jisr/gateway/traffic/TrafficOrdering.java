package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

/**
 * The keys that order and deduplicate traffic messages: messages about one vehicle leave in the order they were
 * accepted (a later notice must not overtake an earlier one at the registering state), updates of one violation
 * likewise, and one status change of a violation is one message however often it is submitted.
 */
final class TrafficOrdering {

    private TrafficOrdering() {
    }

    static String vehicle(ViolationNotice notice) {
        Plate plate = notice.getVehicle().getPlate();
        return "vehicle:" + plate.getIssuingState() + "/" + plate.getNumber() + "/"
                + (plate.getLettersLatin() != null ? plate.getLettersLatin() : nullToEmpty(plate.getLettersArabic())) + "/"
                + nullToEmpty(plate.getCategory()) + "/" + nullToEmpty(plate.getRegion());
    }

    static String violation(GccState reportingState, String reference) {
        return "violation:" + reportingState + "/" + reference;
    }

    static String notice(ViolationNotice notice) {
        return notice.getReporter().getState() + "/" + notice.getViolationReference();
    }

    static String statusKey(ViolationStatusUpdate update, ViolationStatus change) {
        return update.getReportingState() + "/" + update.getViolationReference() + "/" + change + "/"
                + update.getChangedAt().toInstant();
    }

    static String describe(TrafficAcknowledgement acknowledgement) {
        return acknowledgement.getOutcome() + (acknowledgement.getNationalReference() == null ? ""
                : " as " + acknowledgement.getNationalReference())
                + (acknowledgement.getReason() == null ? "" : ": " + acknowledgement.getReason());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
