package gcc.jisr.adapters;

import gcc.jisr.contracts.GccState;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

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

    public Optional<CountryAdapter> forState(GccState state) {
        return Optional.ofNullable(byState.get(state));
    }

    public Collection<CountryAdapter> all() {
        return byState.values();
    }
}
