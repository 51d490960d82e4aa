package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilIdRules;
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
 * Saudi Arabia: National IDs and Iqamas, the NIC person inquiry (JSON, Umm al-Qura dates) and Saudi plates.
 * Settings: {@value SaudiNationalId#CHECK_DIGIT}, {@value SaudiPlates#PLATE_CATEGORY} and the registry's
 * ({@link NicPersonInquiryFormat#settingKeys()}), the traffic system's ({@link SaudiTrafficFormat}, {@code traffic.*}) and the
 * pension system's ({@link SaudiPensionFormat}, {@code pension.*}).
 */
public final class SaudiAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private static final NationalTrafficSystem DEFAULT_TRAFFIC = new NationalTrafficSystem(new SaudiTrafficFormat(),
            RegistryPath.withoutId(SaudiTrafficFormat.NOTICE_PATH), RegistryPath.withoutId(SaudiTrafficFormat.STATUS_PATH),
            SaudiTrafficFormat.AGENCY, new SaudiPlates());
    private static final NationalPensionSystem DEFAULT_PENSION = new NationalPensionSystem(new SaudiPensionFormat(),
            RegistryPath.withoutId(SaudiPensionFormat.CONTRIBUTION_PATH), RegistryPath.withoutId(SaudiPensionFormat.STATEMENT_PATH),
            RegistryPath.withoutId(SaudiPensionFormat.NOTICE_PATH), SaudiPensionFormat.INSTITUTION);
    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(SaudiNationalId.CHECK_DIGIT, SaudiPlates.PLATE_CATEGORY), NicPersonInquiryFormat.settingKeys(),
            DEFAULT_TRAFFIC.settingKeys(), DEFAULT_PENSION.settingKeys());

    private final Clock clock;
    private final SaudiNationalId civilIds;
    private final NicPersonInquiryFormat registry;
    private final SaudiPlates plates;
    private final NationalTrafficSystem traffic;
    private final NationalPensionSystem pension;

    public SaudiAdapter() {
        this(Clock.system(ZONE), new NicPersonInquiryFormat());
    }

    /** For a registry whose path or date patterns differ from the defaults, and for tests that fix the date. */
    public SaudiAdapter(Clock clock, NicPersonInquiryFormat registry) {
        this(clock, new SaudiNationalId(), registry, new SaudiPlates(), DEFAULT_TRAFFIC, DEFAULT_PENSION);
    }

    private SaudiAdapter(Clock clock, SaudiNationalId civilIds, NicPersonInquiryFormat registry, SaudiPlates plates,
                         NationalTrafficSystem traffic, NationalPensionSystem pension) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.civilIds = Objects.requireNonNull(civilIds, "civilIds");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.plates = Objects.requireNonNull(plates, "plates");
        this.traffic = Objects.requireNonNull(traffic, "traffic");
        this.pension = Objects.requireNonNull(pension, "pension");
    }

    @Override
    public GccState state() {
        return GccState.SA;
    }

    /** Today in Riyadh: a card expires at the end of its expiry day there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Override
    public CivilIdRules civilIds() {
        return civilIds;
    }

    @Override
    public NicPersonInquiryFormat civilRegistry() {
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
    public SaudiAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        SaudiPlates configuredPlates = plates.configured(settings);
        return new SaudiAdapter(clock, civilIds.configured(settings), registry.configured(settings), configuredPlates,
                traffic.configured(settings, configuredPlates), pension.configured(settings));
    }
}
