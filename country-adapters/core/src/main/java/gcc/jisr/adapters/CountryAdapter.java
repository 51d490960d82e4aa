package gcc.jisr.adapters;

import gcc.jisr.adapters.pension.PensionSystemTranslator;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;

import java.util.Set;

/**
 * Everything Jisr knows about one state's national systems: its identifiers and the translation between its
 * national formats and the GCC canonical contracts. Plain Java: an adapter never opens a connection (the routes
 * carry the bytes) and knows no other state.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: a state's module registers its adapter in
 * {@code META-INF/services/gcc.jisr.adapters.CountryAdapter}, so adding a state edits no central list. What the
 * state's authorities publish is fixed in the adapter; what the adapter has to assume can be changed by an operator
 * through {@link #configured(AdapterSettings)}, and each adapter names those settings in {@link #settingKeys()}.
 */
public interface CountryAdapter {

    GccState state();

    /** Normalizes and validates this state's civil IDs. */
    CivilIdRules civilIds();

    /** Translates civil-registry look-ups to and from this state's national format. */
    CivilRegistryTranslator civilRegistry();

    /**
     * Translates traffic-violation notices and status changes to and from this state's national traffic system: the
     * notices about vehicles registered (or drivers licensed) here, and the status changes of violations reported
     * from here.
     */
    TrafficSystemTranslator trafficSystem();

    /**
     * Translates pension messages to and from this state's pension system: the contribution reports, statements and
     * notices its agency submits (read from its national format) and those addressed to its fund (written in it), with
     * the fund's answers.
     */
    PensionSystemTranslator pensionSystem();

    /** Reads and writes this state's vehicle plates. */
    PlateRules plates();

    /** The settings {@link #configured(AdapterSettings)} reads; empty when nothing in this adapter is assumed. */
    default Set<String> settingKeys() {
        return Set.of();
    }

    /**
     * This adapter with an operator's settings applied; a setting not given keeps this adapter's behaviour. The
     * default has no settings, so it refuses any key and returns this adapter.
     *
     * @throws InvalidAdapterSettingException for a key not in {@link #settingKeys()} (a typo must not be ignored) or a
     *                                        value the adapter cannot use
     */
    default CountryAdapter configured(AdapterSettings settings) {
        settings.requireOnly(settingKeys());
        return this;
    }
}
