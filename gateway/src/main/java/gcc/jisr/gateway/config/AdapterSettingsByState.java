package gcc.jisr.gateway.config;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operators' {@code jisr.adapters.<state>.<setting>} values, one {@link AdapterSettings} per state, applied to the
 * adapters found on the class path. The gateway knows no state's settings: each adapter names its own and refuses the
 * rest, so a typo stops the start with a message naming the key and the keys that adapter knows.
 */
public final class AdapterSettingsByState {

    static final String PREFIX = "jisr.adapters";

    private final Map<GccState, AdapterSettings> byState;

    private AdapterSettingsByState(Map<GccState, AdapterSettings> byState) {
        this.byState = byState;
    }

    /**
     * @param configured settings by state code ({@code kw}, {@code sa}, ... in any case), as bound from configuration
     * @throws InvalidAdapterSettingException for a code that is no GCC state
     */
    public static AdapterSettingsByState of(Map<String, Map<String, String>> configured) {
        Map<GccState, AdapterSettings> map = new EnumMap<>(GccState.class);
        configured.forEach((code, settings) -> {
            String origin = PREFIX + "." + code;
            GccState state = GccState.fromCode(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    new InvalidAdapterSettingException(origin, origin + ": " + code + " is not a GCC state; use one of "
                            + Arrays.stream(GccState.values()).map(s -> s.code().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
            if (map.put(state, AdapterSettings.of(PREFIX + "." + state.code().toLowerCase(Locale.ROOT), settings)) != null) {
                throw new InvalidAdapterSettingException(origin, origin + ": the settings of " + state + " are given twice");
            }
        });
        return new AdapterSettingsByState(Collections.unmodifiableMap(map));
    }

    /**
     * The adapters with their states' settings.
     *
     * @throws InvalidAdapterSettingException for settings of a state whose adapter is not on the class path, or a key
     *                                        or value an adapter refuses
     */
    public CountryAdapters applyTo(CountryAdapters adapters) {
        byState.forEach((state, settings) -> {
            if (adapters.forState(state).isEmpty()) {
                throw new InvalidAdapterSettingException(settings.origin(),
                        settings.origin() + ": no adapter for " + state + " is on the class path, so its settings cannot be applied");
            }
        });
        return adapters.configured(byState::get);
    }
}
