package gcc.jisr.adapters.om.sim;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.pension.NationalPensionSystem;
import gcc.jisr.adapters.sim.PensionFundSimulator;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every state's module on the class path (this module's tests see all six), each adapter brings the pension
 * system of its own state and fund, each state has exactly one fund simulator, found the way the gateway finds them,
 * and the six funds answer as six different institutions.
 */
class EveryStatePensionSystemTest {

    @Test
    void everyAdapterOnTheClassPathHasAPensionSystemOfItsOwnState() {
        CountryAdapters adapters = CountryAdapters.discover();
        assertThat(adapters.all()).extracting(CountryAdapter::state).containsExactlyInAnyOrder(GccState.values());
        for (CountryAdapter adapter : adapters.all()) {
            assertThat(adapter.pensionSystem()).as("pension system of %s", adapter.state()).isInstanceOf(NationalPensionSystem.class);
            NationalPensionSystem system = (NationalPensionSystem) adapter.pensionSystem();
            assertThat(system.state()).isEqualTo(adapter.state());
            assertThat(system.institution()).startsWith(adapter.state().code() + ":");
        }
        assertThat(adapters.all().stream().map(a -> a.pensionSystem().institution()))
                .containsExactlyInAnyOrder("KW:PIFSS", "SA:GOSI", "AE:GPSSA", "QA:GRSIA", "BH:SIO", "OM:SPF");
    }

    @Test
    void everyStateHasExactlyOneFundSimulatorAnsweringAsItsAdaptersInstitution() {
        List<PensionFundSimulator> simulators = ServiceLoader.load(PensionFundSimulator.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        Set<GccState> states = simulators.stream().map(PensionFundSimulator::state)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GccState.class)));
        assertThat(simulators).hasSize(GccState.values().length);
        assertThat(states).containsExactlyInAnyOrder(GccState.values());
        CountryAdapters adapters = CountryAdapters.discover();
        for (PensionFundSimulator simulator : simulators) {
            assertThat(simulator.institution()).isEqualTo(adapters.forState(simulator.state()).orElseThrow().pensionSystem().institution());
        }
    }

    @Test
    void thePensionSettingsHaveTheSameNamesInEveryState() {
        for (CountryAdapter adapter : CountryAdapters.discover().all()) {
            assertThat(adapter.settingKeys()).as("settings of %s", adapter.state()).contains("pension.contribution-path",
                    "pension.statement-path", "pension.notice-path", "pension.institution", "pension.month-pattern",
                    "pension.report.processed", "pension.report.duplicate", "pension.report.refused", "pension.record.accepted",
                    "pension.record.rejected", "pension.outcome.recorded", "pension.outcome.duplicate", "pension.outcome.rejected");
        }
    }
}
