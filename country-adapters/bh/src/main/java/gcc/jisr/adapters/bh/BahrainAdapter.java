package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.CivilRegistryTranslator;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistrySettings;
import gcc.jisr.adapters.RegistryPath;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.pension.NationalPensionSystem;
import gcc.jisr.adapters.pension.PensionSystemTranslator;
import gcc.jisr.adapters.traffic.NationalTrafficSystem;
import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Bahrain: CPR numbers, the Central Population Register's fixed-width records, numeric plates with a category.
 * Settings: {@value BahrainCprRules#CHECK_DIGIT}, the plates' ({@link BahrainPlates#settingKeys()}) and the
 * registry's ({@link CioRegistryFormat#settingKeys()}).
 */
public final class BahrainAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bahrain");

    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new BahrainPensionFormat(),
            RegistryPath.withoutId(BahrainPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(BahrainPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(BahrainPensionFormat.NOTICE_PATH), BahrainPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(BahrainCprRules.CHECK_DIGIT), BahrainPlates.settingKeys(), CioRegistryFormat.settingKeys(),
            traffic(new BahrainPlates()).settingKeys(), DEFAULT_PENSION.settingKeys());

    private final Clock clock;
    private final BahrainCprRules civilIds;
    private final CioRegistryFormat registry;
    private final BahrainPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

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
        this(clock, new BahrainCprRules(clock, checkDigit), new CioRegistryFormat(), plates, traffic(plates), DEFAULT_PENSION);
    }

    private BahrainAdapter(Clock clock, BahrainCprRules civilIds, CioRegistryFormat registry, BahrainPlates plates, NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.clock = clock;
        this.civilIds = civilIds;
        this.registry = registry;
        this.plates = plates;
        this.traffic = traffic;
        this.pension = Objects.requireNonNull(pension, "pension");
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
    public TrafficSystemTranslator trafficSystem() {
        return traffic;
    }

    @Override
    public PensionSystemTranslator pensionSystem() {
        return pension;
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
        BahrainPlates configuredPlates = plates.configured(settings);
        return new BahrainAdapter(clock, civilIds.configured(settings), registry.configured(settings), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }

    /** Today in Bahrain: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The traffic system with its default paths and agency, writing plates with {@code plates}. */
    private static NationalTrafficSystem traffic(BahrainPlates plates) {
        return new NationalTrafficSystem(new BahrainTrafficFormat(), RegistryPath.withoutId(BahrainTrafficFormat.NOTICE_PATH),
                RegistryPath.withoutId(BahrainTrafficFormat.STATUS_PATH), BahrainTrafficFormat.AGENCY, plates);
    }
}
