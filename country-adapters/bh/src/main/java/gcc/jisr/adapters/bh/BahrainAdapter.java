package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Bahrain: CPR numbers, the Central Population Register's fixed-width records, numeric plates with a category.
 * Settings: {@value BahrainCprRules#CHECK_DIGIT}, the plates' ({@link BahrainPlates#settingKeys()}) and the
 * registry's ({@link CioRegistryFormat#settingKeys()}).
 */
public final class BahrainAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bahrain");

    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(BahrainCprRules.CHECK_DIGIT), BahrainPlates.settingKeys(), CioRegistryFormat.settingKeys());

    private final Clock clock;
    private final BahrainCprRules civilIds;
    private final CioRegistryFormat registry;
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
        this(clock, new BahrainCprRules(clock, checkDigit), new CioRegistryFormat(), plates);
    }

    private BahrainAdapter(Clock clock, BahrainCprRules civilIds, CioRegistryFormat registry, BahrainPlates plates) {
        this.clock = clock;
        this.civilIds = civilIds;
        this.registry = registry;
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

    @Override
    public Set<String> settingKeys() {
        return SETTINGS;
    }

    @Override
    public BahrainAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        return new BahrainAdapter(clock, civilIds.configured(settings), registry.configured(settings), plates.configured(settings));
    }

    /** Today in Bahrain: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
