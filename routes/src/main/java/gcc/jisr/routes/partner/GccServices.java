package gcc.jisr.routes.partner;

import java.util.Set;

/** The services of the GCC network, as named in an envelope's {@code service}. */
public final class GccServices {

    public static final String CIVIL_ID_VERIFY = "gcc.civil-id.verify.v1";
    public static final String TRAFFIC_NOTICE = "gcc.traffic.violation.notify.v1";
    public static final String TRAFFIC_STATUS = "gcc.traffic.violation.status.v1";
    public static final String TRAFFIC_ACKNOWLEDGEMENT = "gcc.traffic.violation.ack.v1";
    public static final String PENSION_CONTRIBUTION_REPORT = "gcc.pension.contribution.report.v1";
    public static final String PENSION_SERVICE_PERIODS = "gcc.pension.service-periods.v1";
    public static final String PENSION_NOTICE = "gcc.pension.notice.v1";
    /** The home fund's per-record answer to a contribution report, back to the host institution. */
    public static final String PENSION_CONTRIBUTION_ACKNOWLEDGEMENT = "gcc.pension.contribution.ack.v1";
    /** The home fund's answer to a service-period statement or a notice. */
    public static final String PENSION_ACKNOWLEDGEMENT = "gcc.pension.ack.v1";
    public static final String ANSWER_SUFFIX = ".answer";

    public static final Set<String> TRAFFIC = Set.of(TRAFFIC_NOTICE, TRAFFIC_STATUS, TRAFFIC_ACKNOWLEDGEMENT);
    public static final Set<String> PENSION = Set.of(PENSION_CONTRIBUTION_REPORT, PENSION_SERVICE_PERIODS, PENSION_NOTICE,
            PENSION_CONTRIBUTION_ACKNOWLEDGEMENT, PENSION_ACKNOWLEDGEMENT);

    /**
     * Services whose messages a gateway keeps and delivers later, retrying until the partner takes them. A repeat of
     * such a message is the sender retrying, not an attack: the receiver answers it again and delivers it once.
     */
    public static final Set<String> STORE_AND_FORWARD = Set.of(TRAFFIC_NOTICE, TRAFFIC_STATUS, TRAFFIC_ACKNOWLEDGEMENT,
            PENSION_CONTRIBUTION_REPORT, PENSION_SERVICE_PERIODS, PENSION_NOTICE, PENSION_CONTRIBUTION_ACKNOWLEDGEMENT,
            PENSION_ACKNOWLEDGEMENT);

    /** Outbox entries of a family are claimed by that family's routes only: {@code service LIKE prefix || '%'}. */
    public static final String TRAFFIC_PREFIX = "gcc.traffic.";
    public static final String PENSION_PREFIX = "gcc.pension.";

    private GccServices() {
    }
}
