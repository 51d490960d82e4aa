package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaudiAdapterSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final CivilId CITIZEN = new CivilId(GccState.SA, "1012345672");
    private static final CivilId RESIDENT = new CivilId(GccState.SA, "2345678904");
    private static final SaudiAdapter DEFAULTS = new SaudiAdapter();

    private static SaudiAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.sa", settings));
    }

    @Test
    void theCategoryOfAPlateReadFromTextIsTheOperators() {
        assertThat(DEFAULTS.plates().parse("ABJ 1234").category()).isEqualTo("private");
        assertThat(configured(Map.of("plate-category", "unknown")).plates().parse("ABJ 1234").category()).isEqualTo("unknown");
        assertThatThrownBy(() -> configured(Map.of("plate-category", "خصوصي"))).isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageContaining("jisr.adapters.sa.plate-category");
    }

    @Test
    void theLuhnCheckCanBeSwitchedOffButNotTheHoldersDigit() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("1012345673")).isInstanceOf(InvalidCivilIdException.class);
        CountryAdapter unchecked = configured(Map.of("civil-id.check-digit", "unchecked"));
        assertThat(unchecked.civilIds().parse("1012345673").value()).isEqualTo("1012345673");
        assertThatThrownBy(() -> unchecked.civilIds().parse("3012345673"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("prefix"));
    }

    @Test
    void theRegistryPathDatePatternsAndStatusCodesAreTheOperators() throws IOException {
        String citizen = golden("person-inquiry-citizen.json").replace("1405/04/10", "10/04/1405")
                .replace("1450/01/01", "01/01/1450").replace("\"statusCode\" : 1", "\"statusCode\" : 5");
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(CITIZEN, 200, bytes(citizen), TODAY))
                .isInstanceOf(RegistryFormatException.class);

        SaudiAdapter adapter = configured(Map.of(
                "registry.path", "/yakeen/v2/person",
                "registry.hijri-date-pattern", "dd/MM/yyyy",
                "registry.date-pattern", "dd-MM-yyyy, yyyy-MM-dd",
                "registry.card-status.suspended", "4, 05"));
        assertThat(adapter.civilRegistry().lookup(CITIZEN).pathAndQuery()).isEqualTo("/yakeen/v2/person");
        RegistryAnswer answer = adapter.civilRegistry().read(CITIZEN, 200, bytes(citizen), TODAY);
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.SUSPENDED);
        assertThat(answer.cardExpiryHijri()).contains("1450-01-01");
        assertThat(answer.person().orElseThrow().dateOfBirthHijri()).isEqualTo("1405-04-10");

        String resident = golden("person-inquiry-resident.json").replace("1447/12/01", "01/12/1447");
        assertThat(adapter.civilRegistry().read(RESIDENT, 200, bytes(resident), TODAY).person().orElseThrow().dateOfBirth())
                .isEqualTo(LocalDate.of(1979, 5, 14));
        assertThat(adapter.civilRegistry().read(RESIDENT, 200, bytes(resident.replace("1979-05-14", "14-05-1979")), TODAY)
                .person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1979, 5, 14));
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() throws IOException {
        SaudiAdapter adapter = configured(Map.of("plate-category", "private"));
        assertThat(adapter.civilRegistry().path()).isEqualTo(NicPersonInquiryFormat.DEFAULT_PATH);
        assertThat(adapter.civilRegistry().read(CITIZEN, 200, bytes(golden("person-inquiry-citizen.json")), TODAY).cardStatus())
                .isEqualTo(CardStatus.VALID);
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("registry.hijri-pattern", "dd/MM/yyyy")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting jisr.adapters.sa.registry.hijri-pattern; known settings: ")
                .hasMessageContaining("registry.hijri-date-pattern");
        assertThat(DEFAULTS.settingKeys()).containsExactlyInAnyOrder("civil-id.check-digit", "plate-category", "registry.path",
                "registry.date-pattern", "registry.hijri-date-pattern", "registry.card-status.valid",
                "registry.card-status.expired", "registry.card-status.revoked", "registry.card-status.suspended",
                "traffic.date-pattern", "traffic.hijri-date-pattern", "traffic.notice-path", "traffic.status-path", "traffic.agency",
                "traffic.outcome.recorded", "traffic.outcome.duplicate", "traffic.outcome.rejected", "traffic.status.paid",
                "traffic.status.contested", "traffic.status.cancelled", "traffic.status.settled",
                "pension.contribution-path", "pension.hijri-date-pattern", "pension.institution", "pension.month-pattern", "pension.notice-path", "pension.outcome.duplicate", "pension.outcome.recorded", "pension.outcome.rejected", "pension.record.accepted", "pension.record.rejected", "pension.report.duplicate", "pension.report.processed", "pension.report.refused", "pension.statement-path");
    }

    @Test
    void aBadValueIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> configured(Map.of("registry.card-status.valid", "A")))
                .hasMessageContaining("jisr.adapters.sa.registry.card-status.valid").hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> configured(Map.of("registry.path", "/nic/{id}"))).hasMessageContaining("request body");
        assertThatThrownBy(() -> configured(Map.of("registry.hijri-date-pattern", "yyyy/MMM/dd")))
                .hasMessageContaining("jisr.adapters.sa.registry.hijri-date-pattern");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.sa", Map.of("registry.path", "/yakeen/v2/person"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.SA ? settings : null).forState(GccState.SA).orElseThrow();
        assertThat(adapter.civilRegistry().lookup(CITIZEN).pathAndQuery()).isEqualTo("/yakeen/v2/person");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SaudiAdapterSettingsTest.class.getResourceAsStream("/nic/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
