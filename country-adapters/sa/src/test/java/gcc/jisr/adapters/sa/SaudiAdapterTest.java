package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.sa.sim.NicRegistrySimulator;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class SaudiAdapterTest {

    @Test
    void isFoundByServiceLoaderForSaudiArabia() {
        CountryAdapter adapter = CountryAdapters.discover().forState(GccState.SA).orElseThrow();
        assertThat(adapter).isInstanceOf(SaudiAdapter.class);
        assertThat(adapter.civilIds().parse("1012345672").issuingState()).isEqualTo(GccState.SA);
        assertThat(adapter.plates().parse("ABJ 1234").lettersArabic()).isEqualTo("ابح");
    }

    @Test
    void simulatorIsFoundByServiceLoader() {
        assertThat(ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::get))
                .anyMatch(s -> s instanceof NicRegistrySimulator && s.state() == GccState.SA);
    }

    @Test
    void todayIsTheDateInRiyadh() {
        // 22:30 UTC on 23 November is already 24 November in Riyadh (UTC+3).
        Clock utc = Clock.fixed(Instant.parse("2026-11-23T22:30:00Z"), ZoneOffset.UTC);
        assertThat(new SaudiAdapter(utc, new NicPersonInquiryFormat()).today()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(SaudiAdapter.ZONE).isEqualTo(GccState.SA.zone());
    }
}
