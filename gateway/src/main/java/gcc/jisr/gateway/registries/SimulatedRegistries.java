package gcc.jisr.gateway.registries;

import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The simulated civil registries of every state whose adapter module is on the class path, each listening on a
 * free loopback port, for as long as the gateway runs.
 */
public final class SimulatedRegistries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedRegistries.class);

    private final List<AutoCloseable> running = new ArrayList<>();
    private final Map<GccState, TrafficSystemSimulator> trafficSimulators = new EnumMap<>(GccState.class);
    private final Map<GccState, URI> trafficSystems = new EnumMap<>(GccState.class);
    private final Map<GccState, URI> civilRegistries = new EnumMap<>(GccState.class);
    private final Map<GccState, Map<String, String>> samples = new EnumMap<>(GccState.class);

    public SimulatedRegistries(String host) {
        // The JDK's HTTP server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK hold every answer back ~40 ms. Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        for (CivilRegistrySimulator simulator : ServiceLoader.load(CivilRegistrySimulator.class)) {
            URI uri = simulator.start(new InetSocketAddress(host, 0));
            running.add(simulator);
            civilRegistries.put(simulator.state(), uri);
            samples.put(simulator.state(), simulator.sampleCivilIds());
            LOG.info("simulated {} civil registry listening at {} (sample civil IDs in the README)", simulator.state(), uri);
        }
        for (TrafficSystemSimulator simulator : ServiceLoader.load(TrafficSystemSimulator.class)) {
            URI uri = simulator.start(new InetSocketAddress(host, 0));
            running.add(simulator);
            trafficSimulators.put(simulator.state(), simulator);
            trafficSystems.put(simulator.state(), uri);
            LOG.info("simulated {} traffic system listening at {}", simulator.state(), uri);
        }
    }

    public static SimulatedRegistries none() {
        return new SimulatedRegistries();
    }

    private SimulatedRegistries() {
    }

    public Map<GccState, URI> civilRegistries() {
        return Collections.unmodifiableMap(civilRegistries);
    }

    public Map<GccState, URI> trafficSystems() {
        return Collections.unmodifiableMap(trafficSystems);
    }

    /** The simulated traffic system of a state, to see what it was handed. */
    public Optional<TrafficSystemSimulator> trafficSimulator(GccState state) {
        return Optional.ofNullable(trafficSimulators.get(state));
    }

    /** Sample civil IDs per state, by the card status a verification answers for them. */
    public Map<GccState, Map<String, String>> samples() {
        return Collections.unmodifiableMap(samples);
    }

    @Override
    public void close() {
        for (AutoCloseable simulator : running) {
            try {
                simulator.close();
            } catch (Exception e) {
                LOG.warn("a simulator did not close cleanly", e);
            }
        }
        running.clear();
    }
}
