package gcc.jisr.adapters;

import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.contracts.GccState;

/**
 * Everything Jisr knows about one state's national systems: its identifiers and the translation between its
 * national formats and the GCC canonical contracts. Plain Java: an adapter never opens a connection (the routes
 * carry the bytes) and knows no other state.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: a state's module registers its adapter in
 * {@code META-INF/services/gcc.jisr.adapters.CountryAdapter}, so adding a state edits no central list.
 */
public interface CountryAdapter {

    GccState state();

    /** Normalizes and validates this state's civil IDs. */
    CivilIdRules civilIds();

    /** Translates civil-registry look-ups to and from this state's national format. */
    CivilRegistryTranslator civilRegistry();

    /** Reads and writes this state's vehicle plates. */
    PlateRules plates();
}
