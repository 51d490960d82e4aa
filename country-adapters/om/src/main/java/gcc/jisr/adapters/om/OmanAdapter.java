package gcc.jisr.adapters.om;

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
 * Oman: ROP civil numbers, the ROP civil status register's attribute XML, plates with Arabic/Latin letters. Settings:
 * {@value OmanCivilNumberRules#MAX_DIGITS_SETTING}, the plates' ({@link OmanPlates#settingKeys()}) and the registry's
 * ({@link RopRegistryFormat#settingKeys()}).
 */
public final class OmanAdapter implements CountryAdapter {

    public static final ZoneId ZONE = ZoneId.of("Asia/Muscat");

    private static final Set<String> SETTINGS = RegistrySettings.union(
            Set.of(OmanCivilNumberRules.MAX_DIGITS_SETTING), OmanPlates.settingKeys(), RopRegistryFormat.settingKeys());

    private final Clock clock;
    private final OmanCivilNumberRules civilIds;
    private final RopRegistryFormat registry;
    private final OmanPlates plates;

    public OmanAdapter() {
        this(Clock.system(ZONE));
    }

    public OmanAdapter(Clock clock) {
        this(clock, new OmanPlates());
    }

    public OmanAdapter(Clock clock, OmanPlates plates) {
        this(clock, new OmanCivilNumberRules(), new RopRegistryFormat(), plates);
    }

    private OmanAdapter(Clock clock, OmanCivilNumberRules civilIds, RopRegistryFormat registry, OmanPlates plates) {
        this.clock = clock;
        this.civilIds = civilIds;
        this.registry = registry;
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

    @Override
    public Set<String> settingKeys() {
        return SETTINGS;
    }

    @Override
    public OmanAdapter configured(AdapterSettings settings) {
        settings.requireOnly(SETTINGS);
        return new OmanAdapter(clock, civilIds.configured(settings), registry.configured(settings), plates.configured(settings));
    }

    /** Today in Oman: the date a card's expiry is compared with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
