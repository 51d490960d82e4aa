package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.ZoneId;

/** Kuwait: PACI civil IDs and the PACI civil registry's XML. */
public final class KuwaitAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kuwait");

    private final KuwaitCivilIdRules civilIds;
    private final PaciRegistryFormat registry = new PaciRegistryFormat();
    private final KuwaitPlates plates = new KuwaitPlates();

    public KuwaitAdapter() {
        this(Clock.system(ZONE));
    }

    public KuwaitAdapter(Clock clock) {
        this.civilIds = new KuwaitCivilIdRules(clock);
    }

    @Override
    public GccState state() {
        return GccState.KW;
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
