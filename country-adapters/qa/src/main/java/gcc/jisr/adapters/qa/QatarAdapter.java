package gcc.jisr.adapters.qa;

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
 * Qatar: QIDs, the Ministry of Interior's CSV QID inquiry and Qatari plates. Settings:
 * {@value QidNationalities#EXTRA}, {@value QatarPlates#NUMBER_PATTERN} (and per category) and the registry's
 * ({@link MoiQatarRegistryFormat#settingKeys()}).
 */
public final class QatarAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Qatar");

    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new QatarPensionFormat(),
            RegistryPath.withoutId(QatarPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(QatarPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(QatarPensionFormat.NOTICE_PATH), QatarPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(QidNationalities.EXTRA), QatarPlates.settingKeys(), MoiQatarRegistryFormat.settingKeys(),
            traffic(new QatarPlates()).settingKeys(), DEFAULT_PENSION.settingKeys());

    private final QatarIdRules civilIds;
    private final MoiQatarRegistryFormat registry;
    private final QatarPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

    public QatarAdapter() {
        this(Clock.system(ZONE));
    }

    public QatarAdapter(Clock clock) {
        this(clock, new QatarPlates());
    }

    /** With an operator's own plate number patterns. */
    public QatarAdapter(Clock clock, QatarPlates plates) {
        this(new QatarIdRules(clock), new MoiQatarRegistryFormat(), plates, traffic(plates), DEFAULT_PENSION);
    }

    private QatarAdapter(QatarIdRules civilIds, MoiQatarRegistryFormat registry, QatarPlates plates, NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.civilIds = civilIds;
        this.registry = registry;
        this.plates = plates;
        this.traffic = traffic;
        this.pension = Objects.requireNonNull(pension, "pension");
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
    public QatarAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        QatarIdRules rules = civilIds.configured(settings);
        // The QID and the registry's nationality column use the same codes, so both read the same table.
        QatarPlates configuredPlates = plates.configured(settings);
        return new QatarAdapter(rules, registry.configured(settings, rules.nationalities()), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }

    /** The traffic system with its default paths and agency, writing plates with {@code plates}. */
    private static NationalTrafficSystem traffic(QatarPlates plates) {
        return new NationalTrafficSystem(new QatarTrafficFormat(), RegistryPath.withoutId(QatarTrafficFormat.NOTICE_PATH),
                RegistryPath.withoutId(QatarTrafficFormat.STATUS_PATH), QatarTrafficFormat.AGENCY, plates);
    }
}
