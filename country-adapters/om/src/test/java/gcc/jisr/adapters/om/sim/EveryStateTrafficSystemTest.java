package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.adapters.traffic.NationalTrafficSystem;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every state's module on the class path (this module's tests see all six), each adapter brings its traffic
 * system and each state has exactly one traffic simulator, found the way the gateway finds them.
 */
class EveryStateTrafficSystemTest {

    @Test
    void everyAdapterOnTheClassPathHasATrafficSystemOfItsOwnState() {
        CountryAdapters adapters = CountryAdapters.discover();
        assertThat(adapters.all()).extracting(CountryAdapter::state).containsExactlyInAnyOrder(GccState.values());
        for (CountryAdapter adapter : adapters.all()) {
            assertThat(adapter.trafficSystem()).as("traffic system of %s", adapter.state()).isInstanceOf(NationalTrafficSystem.class);
            assertThat(((NationalTrafficSystem) adapter.trafficSystem()).state()).isEqualTo(adapter.state());
        }
    }

    @Test
    void everyStateHasExactlyOneTrafficSimulator() {
        List<TrafficSystemSimulator> simulators = ServiceLoader.load(TrafficSystemSimulator.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        Set<GccState> states = simulators.stream().map(TrafficSystemSimulator::state).collect(Collectors.toCollection(() -> EnumSet.noneOf(GccState.class)));
        assertThat(simulators).hasSize(GccState.values().length);
        assertThat(states).containsExactlyInAnyOrder(GccState.values());
    }

    @Test
    void theTrafficSettingsHaveTheSameNamesInEveryState() {
        for (CountryAdapter adapter : CountryAdapters.discover().all()) {
            assertThat(adapter.settingKeys()).as("settings of %s", adapter.state()).contains("traffic.notice-path", "traffic.status-path",
                    "traffic.agency", "traffic.outcome.recorded", "traffic.outcome.duplicate", "traffic.outcome.rejected",
                    "traffic.status.paid", "traffic.status.contested", "traffic.status.cancelled", "traffic.status.settled");
        }
    }
}
