package gcc.jisr.adapters.kw;

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
 * Kuwait: PACI civil IDs and the PACI civil registry's XML. Settings: {@value KuwaitCivilIdRules#CHECK_DIGIT},
 * {@value KuwaitPlates#PLATE_PATTERN}, the registry's ({@link PaciRegistryFormat#settingKeys()}), the traffic
 * system's ({@link KuwaitTrafficFormat}, {@code traffic.*}) and the pension system's ({@link KuwaitPensionFormat},
 * {@code pension.*}).
 */
public final class KuwaitAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kuwait");

    private static final NationalTrafficSystem DEFAULT_TRAFFIC = new NationalTrafficSystem(new KuwaitTrafficFormat(),
            RegistryPath.withoutId(KuwaitTrafficFormat.NOTICE_PATH), RegistryPath.withoutId(KuwaitTrafficFormat.STATUS_PATH),
            KuwaitTrafficFormat.AGENCY, new KuwaitPlates());
    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new KuwaitPensionFormat(),
            RegistryPath.withoutId(KuwaitPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(KuwaitPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(KuwaitPensionFormat.NOTICE_PATH), KuwaitPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(KuwaitCivilIdRules.CHECK_DIGIT, KuwaitPlates.PLATE_PATTERN), PaciRegistryFormat.settingKeys(),
            DEFAULT_TRAFFIC.settingKeys(), DEFAULT_PENSION.settingKeys());

    private final KuwaitCivilIdRules civilIds;
    private final PaciRegistryFormat registry;
    private final KuwaitPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

    public KuwaitAdapter() {
        this(Clock.system(ZONE));
    }

    public KuwaitAdapter(Clock clock) {
        this(new KuwaitCivilIdRules(clock), new PaciRegistryFormat(), new KuwaitPlates(), DEFAULT_TRAFFIC, DEFAULT_PENSION);
    }

    private KuwaitAdapter(KuwaitCivilIdRules civilIds, PaciRegistryFormat registry, KuwaitPlates plates, NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.civilIds = civilIds;
        this.registry = registry;
        this.plates = plates;
        this.traffic = traffic;
        this.pension = Objects.requireNonNull(pension, "pension");
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
    public KuwaitAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        KuwaitPlates configuredPlates = plates.configured(settings);
        return new KuwaitAdapter(civilIds.configured(settings), registry.configured(settings), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }
}
