package gcc.jisr.adapters.om;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Oman: ROP civil numbers, the ROP civil status register's attribute XML, plates with Arabic/Latin letters. */
public final class OmanAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Muscat");

    private final Clock clock;
    private final OmanCivilNumberRules civilIds = new OmanCivilNumberRules();
    private final RopRegistryFormat registry = new RopRegistryFormat();
    private final OmanPlates plates;

    public OmanAdapter() {
        this(Clock.system(ZONE));
    }

    public OmanAdapter(Clock clock) {
        this(clock, new OmanPlates());
    }

    public OmanAdapter(Clock clock, OmanPlates plates) {
        this.clock = clock;
        this.plates = plates;
    }

    @Override
    public GccState state() {
        return GccState.OM;
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

    /** Today in Oman: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
