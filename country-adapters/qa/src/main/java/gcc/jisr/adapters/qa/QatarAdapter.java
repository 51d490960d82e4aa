package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.ZoneId;

/** Qatar: QIDs, the Ministry of Interior's CSV QID inquiry and Qatari plates. */
public final class QatarAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Qatar");

    private final QatarIdRules civilIds;
    private final MoiQatarRegistryFormat registry = new MoiQatarRegistryFormat();
    private final QatarPlates plates;

    public QatarAdapter() {
        this(Clock.system(ZONE));
    }

    public QatarAdapter(Clock clock) {
        this(clock, new QatarPlates());
    }

    /** With an operator's own plate number patterns. */
    public QatarAdapter(Clock clock, QatarPlates plates) {
        this.civilIds = new QatarIdRules(clock);
        this.plates = plates;
    }

    @Override
    public GccState state() {
        return GccState.QA;
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
