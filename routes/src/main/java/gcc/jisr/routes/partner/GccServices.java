package gcc.jisr.routes.partner;

import java.util.Set;

/** The services of the GCC network, as named in an envelope's {@code service}. */
public final class GccServices {

    public static final String CIVIL_ID_VERIFY = "gcc.civil-id.verify.v1";
    public static final String TRAFFIC_NOTICE = "gcc.traffic.violation.notify.v1";
    public static final String TRAFFIC_STATUS = "gcc.traffic.violation.status.v1";
    public static final String TRAFFIC_ACKNOWLEDGEMENT = "gcc.traffic.violation.ack.v1";
    public static final String ANSWER_SUFFIX = ".answer";

    /**
     * Services whose messages a gateway keeps and delivers later, retrying until the partner takes them. A repeat of
     * such a message is the sender retrying, not an attack: the receiver answers it again and delivers it once.
     */
    public static final Set<String> STORE_AND_FORWARD = Set.of(TRAFFIC_NOTICE, TRAFFIC_STATUS, TRAFFIC_ACKNOWLEDGEMENT);

    private GccServices() {
    }
}
