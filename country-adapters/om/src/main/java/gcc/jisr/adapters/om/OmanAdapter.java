package gcc.jisr.adapters.om;

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
 * Oman: ROP civil numbers, the ROP civil status register's attribute XML, plates with Arabic/Latin letters. Settings:
 * {@value OmanCivilNumberRules#MAX_DIGITS_SETTING}, the plates' ({@link OmanPlates#settingKeys()}) and the registry's
 * ({@link RopRegistryFormat#settingKeys()}).
 */
public final class OmanAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Muscat");

    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new OmanPensionFormat(),
            RegistryPath.withoutId(OmanPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(OmanPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(OmanPensionFormat.NOTICE_PATH), OmanPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(OmanCivilNumberRules.MAX_DIGITS_SETTING), OmanPlates.settingKeys(), RopRegistryFormat.settingKeys(),
            traffic(new OmanPlates()).settingKeys(), DEFAULT_PENSION.settingKeys());

    private final Clock clock;
    private final OmanCivilNumberRules civilIds;
    private final RopRegistryFormat registry;
    private final OmanPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

    public OmanAdapter() {
        this(Clock.system(ZONE));
    }

    public OmanAdapter(Clock clock) {
        this(clock, new OmanPlates());
    }

    public OmanAdapter(Clock clock, OmanPlates plates) {
        this(clock, new OmanCivilNumberRules(), new RopRegistryFormat(), plates, traffic(plates), DEFAULT_PENSION);
    }

    private OmanAdapter(Clock clock, OmanCivilNumberRules civilIds, RopRegistryFormat registry, OmanPlates plates, NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.clock = clock;
        this.civilIds = civilIds;
        this.registry = registry;
        this.plates = plates;
        this.traffic = traffic;
        this.pension = Objects.requireNonNull(pension, "pension");
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
    public OmanAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        OmanPlates configuredPlates = plates.configured(settings);
        return new OmanAdapter(clock, civilIds.configured(settings), registry.configured(settings), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }

    /** Today in Oman: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The traffic system with its default paths and agency, writing plates with {@code plates}. */
    private static NationalTrafficSystem traffic(OmanPlates plates) {
        return new NationalTrafficSystem(new OmanTrafficFormat(), RegistryPath.withoutId(OmanTrafficFormat.NOTICE_PATH),
                RegistryPath.withoutId(OmanTrafficFormat.STATUS_PATH), OmanTrafficFormat.AGENCY, plates);
    }
}
