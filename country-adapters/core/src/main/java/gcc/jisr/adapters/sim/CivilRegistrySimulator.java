package gcc.jisr.adapters.sim;

import gcc.jisr.contracts.GccState;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A stand-in for one state's civil registry, speaking that state's national format over HTTP with the JDK's own
 * server, for demos and tests. Found with {@link java.util.ServiceLoader} like the adapters.
 */
public interface CivilRegistrySimulator extends AutoCloseable {

    GccState state();

    /** Starts serving on the address (port 0 picks a free one) and returns the registry's base URI. */
    URI start(InetSocketAddress address);

    /** Sample civil IDs of seeded persons, for the README and demos: one per card status where seeded. */
    java.util.Map<String, String> sampleCivilIds();

    @Override
    void close();
}
