package gcc.jisr.adapters;

import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.pension.PensionSystemTranslator;
import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryAdaptersTest {

    /** An adapter with one setting, the length of its civil IDs, to see settings travel through the registry. */
    private record LengthAdapter(GccState state, int length) implements CountryAdapter {

        @Override
        public CivilIdRules civilIds() {
            return input -> {
                if (input.length() != length) {
                    throw new InvalidCivilIdException(state, "length", "must have " + length + " digits");
                }
                return new CivilId(state, input);
            };
        }

        @Override
        public CivilRegistryTranslator civilRegistry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PlateRules plates() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrafficSystemTranslator trafficSystem() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PensionSystemTranslator pensionSystem() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> settingKeys() {
            return Set.of("civil-id.length");
        }

        @Override
        public CountryAdapter configured(AdapterSettings settings) {
            settings.requireOnly(settingKeys());
            return new LengthAdapter(state, settings.integer("civil-id.length", length, 1, 20));
        }
    }

    /** An adapter that assumes nothing, so it keeps the interface's own configured(). */
    private record FixedAdapter(GccState state) implements CountryAdapter {

        @Override
        public CivilIdRules civilIds() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CivilRegistryTranslator civilRegistry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PlateRules plates() {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrafficSystemTranslator trafficSystem() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PensionSystemTranslator pensionSystem() {
            throw new UnsupportedOperationException();
        }
    }

    private final CountryAdapters adapters = new CountryAdapters(List.of(new LengthAdapter(GccState.KW, 12), new FixedAdapter(GccState.OM)));

    @Test
    void eachStateGetsItsOwnSettingsAndAStateWithoutSettingsKeepsItsAdapter() {
        Map<GccState, AdapterSettings> byState = Map.of(GccState.KW, AdapterSettings.of("jisr.adapters.kw", Map.of("civil-id.length", "9")));
        CountryAdapters configured = adapters.configured(byState::get);
        assertThat(configured.forState(GccState.KW).orElseThrow().civilIds().parse("123456789").value()).isEqualTo("123456789");
        assertThat(configured.forState(GccState.OM)).containsSame(adapters.forState(GccState.OM).orElseThrow());
        assertThat(adapters.forState(GccState.KW).orElseThrow()).isEqualTo(new LengthAdapter(GccState.KW, 12));
    }

    @Test
    void aTypoInOneStatesSettingsStopsTheWholeConfiguration() {
        AdapterSettings typo = AdapterSettings.of("jisr.adapters.kw", Map.of("civil-id.lenght", "9"));
        assertThatThrownBy(() -> adapters.configured(state -> state == GccState.KW ? typo : null))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("unknown setting jisr.adapters.kw.civil-id.lenght; known settings: civil-id.length");
    }

    @Test
    void anAdapterThatAssumesNothingRefusesEverySetting() {
        AdapterSettings any = AdapterSettings.of("jisr.adapters.om", Map.of("plate-pattern", "x"));
        assertThatThrownBy(() -> adapters.configured(state -> state == GccState.OM ? any : null))
                .hasMessage("unknown setting jisr.adapters.om.plate-pattern; this adapter has no settings");
    }
}
