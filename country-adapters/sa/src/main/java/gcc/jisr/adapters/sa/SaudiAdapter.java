package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Saudi Arabia: National IDs and Iqamas, the NIC person inquiry (JSON, Umm al-Qura dates) and Saudi plates. */
public final class SaudiAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private final Clock clock;
    private final SaudiNationalId civilIds = new SaudiNationalId();
    private final NicPersonInquiryFormat registry;
    private final SaudiPlates plates = new SaudiPlates();

    public SaudiAdapter() {
        this(Clock.system(ZONE), new NicPersonInquiryFormat());
    }

    /** For a registry whose path or date patterns differ from the defaults, and for tests that fix the date. */
    public SaudiAdapter(Clock clock, NicPersonInquiryFormat registry) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public GccState state() {
        return GccState.SA;
    }

    /** Today in Riyadh: a card expires at the end of its expiry day there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Override
    public CivilIdRules civilIds() {
        return civilIds;
    }

    @Override
    public NicPersonInquiryFormat civilRegistry() {
        return registry;
    }

    @Override
    public PlateRules plates() {
        return plates;
    }
}
