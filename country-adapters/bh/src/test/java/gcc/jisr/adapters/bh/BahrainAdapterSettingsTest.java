package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BahrainAdapterSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final CivilId CPR = new CivilId(GccState.BH, "850300010");
    private static final BahrainAdapter DEFAULTS = new BahrainAdapter(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), BahrainAdapter.ZONE));

    private static BahrainAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.bh", settings));
    }

    @Test
    void configuredCategoriesDigitsAndDefaultCategoryAcceptPlatesTheDefaultsRefuse() {
        assertThatThrownBy(() -> DEFAULTS.plates().parse("RENTAL 1234567")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> DEFAULTS.plates().parse("4021")).isInstanceOf(InvalidPlateException.class);
        CountryAdapter adapter = configured(Map.of(
                "plate-categories", "PRIVATE:خصوصي:Private, RENTAL:تأجير:Rental",
                "plate-max-digits", "7",
                "plate-default-category", "PRIVATE"));
        assertThat(adapter.plates().parse("تأجير ١٢٣٤٥٦٧").category()).isEqualTo("RENTAL");
        assertThat(adapter.plates().parse("Rental 1234567").number()).isEqualTo("1234567");
        assertThat(adapter.plates().parse("4021").category()).isEqualTo("PRIVATE");
        assertThatThrownBy(() -> adapter.plates().parse("TAXI 4021")).isInstanceOf(InvalidPlateException.class);
    }

    @Test
    void aDefaultCategoryOutsideTheListOrABadCategoryIsRefused() {
        assertThatThrownBy(() -> configured(Map.of("plate-default-category", "RENTAL")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("jisr.adapters.bh.plate-default-category = 'RENTAL' cannot be used")
                .hasMessageContaining("not in the list");
        assertThatThrownBy(() -> configured(Map.of("plate-categories", "PRIVATE:خصوصي")))
                .hasMessageContaining("CODE:arabic label:Latin label");
        assertThatThrownBy(() -> configured(Map.of("plate-max-digits", "0"))).hasMessageContaining("must be from 1 to 9");
    }

    @Test
    void noneTakesBackADefaultCategory() {
        BahrainAdapter withDefault = configured(Map.of("plate-default-category", "PRIVATE"));
        assertThat(withDefault.plates().parse("4021").category()).isEqualTo("PRIVATE");
        BahrainAdapter without = withDefault.configured(AdapterSettings.of("jisr.adapters.bh", Map.of("plate-default-category", "none")));
        assertThatThrownBy(() -> without.plates().parse("4021")).isInstanceOf(InvalidPlateException.class);
    }

    @Test
    void theCheckDigitSchemeIsASettingOfTheAdapter() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("850300011")).isInstanceOf(InvalidCivilIdException.class);
        assertThat(configured(Map.of("civil-id.check-digit", "unchecked")).civilIds().parse("850300011").value()).isEqualTo("850300011");
        assertThatThrownBy(() -> configured(Map.of("civil-id.check-digit", "luhn")))
                .hasMessageContaining("jisr.adapters.bh.civil-id.check-digit").hasMessageContaining("weighted-mod-11, unchecked");
    }

    @Test
    void theRegistryPathDatePatternStatusLettersAndRequesterAreTheOperators() throws IOException {
        StringBuilder record = new StringBuilder(golden("cio-answer-valid.txt").replace("19850314", "14031985").replace("20290630", "30062029"));
        record.setCharAt(23, 'V');
        byte[] answer = record.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(CPR, 200, answer, TODAY)).isInstanceOf(RegistryFormatException.class);

        CountryAdapter adapter = configured(Map.of(
                "registry.path", "/iga/cpr/v2/inquiry",
                "registry.date-pattern", "ddMMyyyy",
                "registry.card-status.valid", "A, V",
                "registry.requesting-system", "GCCJISR1"));
        RegistryCall call = adapter.civilRegistry().lookup(CPR);
        assertThat(call.pathAndQuery()).isEqualTo("/iga/cpr/v2/inquiry");
        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("CPRQ850300010GCCJISR1\r\n");
        RegistryAnswer read = adapter.civilRegistry().read(CPR, 200, answer, TODAY);
        assertThat(read.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(read.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(read.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
    }

    @Test
    void whatDoesNotFitItsFixedWidthColumnIsRefused() {
        assertThatThrownBy(() -> configured(Map.of("registry.date-pattern", "dd/MM/yyyy")))
                .hasMessageStartingWith("jisr.adapters.bh.registry.date-pattern = 'dd/MM/yyyy' cannot be used: a CIO date column is 8 characters wide");
        assertThatThrownBy(() -> configured(Map.of("registry.date-pattern", "d-M-yyyy"))).hasMessageContaining("8 characters wide");
        assertThatThrownBy(() -> configured(Map.of("registry.card-status.valid", "OK"))).hasMessageContaining("one character");
        assertThatThrownBy(() -> configured(Map.of("registry.requesting-system", "GCC-JISR-KW"))).hasMessageContaining("1 to 8");
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() throws IOException {
        CountryAdapter adapter = configured(Map.of("plate-max-digits", "6"));
        assertThat(new String(adapter.civilRegistry().lookup(CPR).body(), StandardCharsets.UTF_8)).isEqualTo("CPRQ850300010JISR    \r\n");
        assertThat(adapter.civilRegistry().read(CPR, 200, golden("cio-answer-valid.txt").getBytes(StandardCharsets.UTF_8), TODAY)
                .cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(adapter.plates().parse("Taxi 4021").category()).isEqualTo("TAXI");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("plate-category", "PRIVATE")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("unknown setting jisr.adapters.bh.plate-category; known settings: civil-id.check-digit, "
                        + "pension.contribution-path, pension.date-pattern, pension.institution, pension.month-pattern, pension.notice-path, "
                        + "pension.outcome.duplicate, pension.outcome.recorded, pension.outcome.rejected, pension.record.accepted, pension.record.rejected, "
                        + "pension.report.duplicate, pension.report.processed, pension.report.refused, pension.statement-path, plate-categories, "
                        + "plate-default-category, plate-max-digits, registry.card-status.expired, registry.card-status.revoked, "
                        + "registry.card-status.suspended, registry.card-status.valid, registry.date-pattern, registry.path, "
                        + "registry.requesting-system, " + "traffic.agency, traffic.notice-path, traffic.outcome.duplicate, traffic.outcome.recorded, traffic.outcome.rejected, "
                        + "traffic.status-path, traffic.status.cancelled, traffic.status.contested, traffic.status.paid, "
                        + "traffic.status.settled");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.bh", Map.of("plate-default-category", "PRIVATE"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.BH ? settings : null).forState(GccState.BH).orElseThrow();
        assertThat(adapter.plates().parse("4021").category()).isEqualTo("PRIVATE");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = BahrainAdapterSettingsTest.class.getResourceAsStream("/bh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
