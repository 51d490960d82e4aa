package gcc.jisr.adapters.ae;

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
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The United Arab Emirates: Emirates IDs, ICP's identity inquiry and the emirates' plates. Settings:
 * {@value EmiratesIdRules#CHECK_DIGIT}, {@value EmiratesPlates#PLATE_CODES}{@code .<emirate>} and the registry's
 * ({@link IcpRegistryFormat#settingKeys()}).
 */
public final class EmiratesAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Dubai");

    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new EmiratesPensionFormat(),
            RegistryPath.withoutId(EmiratesPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(EmiratesPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(EmiratesPensionFormat.NOTICE_PATH), EmiratesPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(EmiratesIdRules.CHECK_DIGIT), EmiratesPlates.settingKeys(), IcpRegistryFormat.settingKeys(),
            traffic(new EmiratesPlates()).settingKeys(), DEFAULT_PENSION.settingKeys());

    private final EmiratesIdRules civilIds;
    private final IcpRegistryFormat registry;
    private final EmiratesPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

    public EmiratesAdapter() {
        this(Clock.system(ZONE));
    }

    public EmiratesAdapter(Clock clock) {
        this(clock, new EmiratesPlates());
    }

    /** With an operator's own list of plate codes per emirate. */
    public EmiratesAdapter(Clock clock, EmiratesPlates plates) {
        this(new EmiratesIdRules(clock), new IcpRegistryFormat(), plates, traffic(plates), DEFAULT_PENSION);
    }

    private EmiratesAdapter(EmiratesIdRules civilIds, IcpRegistryFormat registry, EmiratesPlates plates, NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.civilIds = civilIds;
        this.registry = registry;
        this.plates = plates;
        this.traffic = traffic;
        this.pension = Objects.requireNonNull(pension, "pension");
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
    public EmiratesAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        EmiratesPlates configuredPlates = plates.configured(settings);
        return new EmiratesAdapter(civilIds.configured(settings), registry.configured(settings), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }

    /** The traffic system with its default paths and agency, writing plates with {@code plates}. */
    private static NationalTrafficSystem traffic(EmiratesPlates plates) {
        return new NationalTrafficSystem(new EmiratesTrafficFormat(), RegistryPath.withoutId(EmiratesTrafficFormat.NOTICE_PATH),
                RegistryPath.withoutId(EmiratesTrafficFormat.STATUS_PATH), EmiratesTrafficFormat.AGENCY, plates);
    }
}
