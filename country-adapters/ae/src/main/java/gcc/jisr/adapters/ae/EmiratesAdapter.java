package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.ZoneId;

/** The United Arab Emirates: Emirates IDs, ICP's identity inquiry and the emirates' plates. */
public final class EmiratesAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Dubai");

    private final EmiratesIdRules civilIds;
    private final IcpRegistryFormat registry = new IcpRegistryFormat();
    private final EmiratesPlates plates;

    public EmiratesAdapter() {
        this(Clock.system(ZONE));
    }

    public EmiratesAdapter(Clock clock) {
        this(clock, new EmiratesPlates());
    }

    /** With an operator's own list of plate codes per emirate. */
    public EmiratesAdapter(Clock clock, EmiratesPlates plates) {
        this.civilIds = new EmiratesIdRules(clock);
        this.plates = plates;
    }

    @Override
    public GccState state() {
        return GccState.AE;
    }

    @Override
    public CivilIdRules civilIds() {
        return civilIds;
    }

    @Override
    public CivilRegistryTranslator civilRegistry() {
        return registry;
    }

    @Override
    public PlateRules plates() {
        return plates;
    }
}
