package gcc.jisr.adapters;

import gcc.jisr.contracts.GccState;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The adapters present on the class path, one per state. */
public final class CountryAdapters {

    private final Map<GccState, CountryAdapter> byState;

    public CountryAdapters(Collection<? extends CountryAdapter> adapters) {
        Map<GccState, CountryAdapter> map = new EnumMap<>(GccState.class);
        for (CountryAdapter adapter : adapters) {
            CountryAdapter previous = map.put(adapter.state(), adapter);
            if (previous != null) {
                throw new IllegalStateException("two adapters for " + adapter.state() + ": "
                        + previous.getClass().getName() + " and " + adapter.getClass().getName());
            }
        }
        this.byState = Collections.unmodifiableMap(map);
    }

    /** Every adapter registered with {@link ServiceLoader} on the class path. */
    public static CountryAdapters discover() {
        return new CountryAdapters(ServiceLoader.load(CountryAdapter.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** Every adapter on the class path, each with the settings its state is given (null or empty: none). */
    public static CountryAdapters discover(Function<GccState, AdapterSettings> settingsByState) {
        return discover().configured(settingsByState);
    }

    /**
     * These adapters with each state's settings applied.
     *
     * @throws InvalidAdapterSettingException for the first setting an adapter does not know or cannot use
     */
    public CountryAdapters configured(Function<GccState, AdapterSettings> settingsByState) {
        return new CountryAdapters(byState.values().stream().map(adapter -> {
            AdapterSettings settings = settingsByState.apply(adapter.state());
            if (settings == null || settings.isEmpty()) {
                return adapter;
            }
            CountryAdapter configured = adapter.configured(settings);
            if (configured.state() != adapter.state()) {
                throw new IllegalStateException(adapter.getClass().getName() + " configured itself into an adapter for "
                        + configured.state());
            }
            return configured;
        }).toList());
    }

    public Optional<CountryAdapter> forState(GccState state) {
        return Optional.ofNullable(byState.get(state));
    }

    public Collection<CountryAdapter> all() {
        return byState.values();
    }
}
