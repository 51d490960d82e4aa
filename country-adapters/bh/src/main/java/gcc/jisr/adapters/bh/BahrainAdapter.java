package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Bahrain: CPR numbers, the Central Population Register's fixed-width records, numeric plates with a category. */
public final class BahrainAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bahrain");

    private final Clock clock;
    private final BahrainCprRules civilIds;
    private final CioRegistryFormat registry = new CioRegistryFormat();
    private final BahrainPlates plates;

    /**
     * The adapter {@link java.util.ServiceLoader} creates: Bahrain's clock, the CPR check-digit scheme named by the
     * system property {@value CprCheckDigit#SETTING} (the assumed weighted mod 11 when unset), default plate rules.
     */
    public BahrainAdapter() {
        this(Clock.system(ZONE), CprCheckDigit.fromSystemProperty(), new BahrainPlates());
    }

    public BahrainAdapter(Clock clock) {
        this(clock, CprCheckDigit.WEIGHTED_MOD_11, new BahrainPlates());
    }

    public BahrainAdapter(Clock clock, CprCheckDigit checkDigit, BahrainPlates plates) {
        this.clock = clock;
        this.civilIds = new BahrainCprRules(clock, checkDigit);
        this.plates = plates;
    }

    @Override
    public GccState state() {
        return GccState.BH;
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

    /** Today in Bahrain: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
