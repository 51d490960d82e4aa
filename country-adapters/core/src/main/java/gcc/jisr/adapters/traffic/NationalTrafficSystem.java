package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One state's traffic system as the gateway sees it: its national format ({@link NationalTrafficFormat}, one per
 * state), where it takes notices and status changes (both by POST), and the agency code it acknowledges as. HTTP 503
 * is the system saying it is down, and is retried ({@link TrafficSystemUnavailableException}); any other status but
 * 200 is a refusal of what was sent, and is not.
 */
public final class NationalTrafficSystem implements TrafficSystemTranslator {

    private final NationalTrafficFormat format;
    private final RegistryPath noticePath;
    private final RegistryPath statusPath;
    private final String agency;
    private final PlateRules plates;

    /**
     * @param plates the state's plate rules, which write the plate of a vehicle registered here
     * @throws IllegalArgumentException for a path holding {@value RegistryPath#ID} or an agency code the contract refuses
     */
    public NationalTrafficSystem(NationalTrafficFormat format, RegistryPath noticePath, RegistryPath statusPath, String agency,
                                 PlateRules plates) {
        this.format = Objects.requireNonNull(format, "format");
        this.noticePath = RegistryPath.withoutId(noticePath.template());
        this.statusPath = RegistryPath.withoutId(statusPath.template());
        this.agency = TrafficSettings.agency(agency);
        this.plates = Objects.requireNonNull(plates, "plates");
    }

    /** The settings {@link #configured} reads: the shared ones and the format's. */
    public Set<String> settingKeys() {
        return RegistrySettings.union(TrafficSettings.keys(), format.settingKeys());
    }

    /**
     * This system with the operator's settings, writing plates with {@code plates} (the adapter's, as configured).
     */
    public NationalTrafficSystem configured(AdapterSettings settings, PlateRules plates) {
        return new NationalTrafficSystem(format.configured(settings),
                TrafficSettings.path(settings, TrafficSettings.NOTICE_PATH, noticePath),
                TrafficSettings.path(settings, TrafficSettings.STATUS_PATH, statusPath),
                TrafficSettings.agency(settings, agency), plates);
    }

    public GccState state() {
        return format.state();
    }

    public NationalTrafficFormat format() {
        return format;
    }

    public RegistryPath noticePath() {
        return noticePath;
    }

    public RegistryPath statusPath() {
        return statusPath;
    }

    @Override
    public String agency() {
        return agency;
    }

    @Override
    public RegistryCall noticeDelivery(ViolationNotice notice, String messageId) {
        NationalNotice national = CanonicalTraffic.notice(notice, messageId, state(), plates);
        return RegistryCall.post(noticePath.template(), format.contentType(), format.writeNotice(national));
    }

    @Override
    public TrafficAcknowledgement acknowledgementOf(ViolationNotice notice, String messageId, int httpStatus, byte[] body,
                                                    OffsetDateTime receivedAt) {
        return CanonicalTraffic.acknowledgement(answer(httpStatus, body, "notice"), notice, messageId, state(), agency, receivedAt);
    }

    @Override
    public RegistryCall statusUpdateDelivery(ViolationStatusUpdate update, String messageId) {
        NationalStatusChange national = CanonicalTraffic.statusChange(update, messageId, state());
        return RegistryCall.post(statusPath.template(), format.contentType(), format.writeStatusChange(national));
    }

    @Override
    public void checkStatusUpdateAnswer(ViolationStatusUpdate update, int httpStatus, byte[] body) {
        NationalTrafficAnswer answer = answer(httpStatus, body, "status change");
        if (answer.outcome() == AcknowledgementOutcome.REJECTED) {
            throw new RegistryFormatException(state() + " traffic system refused the status change of "
                    + update.getReportingState() + " " + update.getViolationReference() + ": " + answer.reason());
        }
    }

    private NationalTrafficAnswer answer(int httpStatus, byte[] body, String what) {
        if (httpStatus == 503) {
            throw new TrafficSystemUnavailableException(state() + " traffic system is unavailable: " + refusal(body));
        }
        if (httpStatus != 200) {
            throw new RegistryFormatException(state() + " traffic system answered the " + what + " with HTTP " + httpStatus + ": "
                    + refusal(body));
        }
        if (body == null || body.length == 0) {
            throw new RegistryFormatException(state() + " traffic system answered the " + what + " with an empty body");
        }
        return format.readAnswer(body);
    }

    private String refusal(byte[] body) {
        return body == null ? "no body" : format.readRefusal(body).orElse("no answer in its format");
    }
}
