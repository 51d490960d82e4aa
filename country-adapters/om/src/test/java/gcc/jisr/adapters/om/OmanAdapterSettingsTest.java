package gcc.jisr.adapters.om;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.VehiclePlate;
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

class OmanAdapterSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final CivilId CIVIL_NUMBER = new CivilId(GccState.OM, "4231567");
    private static final OmanAdapter DEFAULTS = new OmanAdapter();

    private static OmanAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.om", settings));
    }

    @Test
    void configuredLettersAndLengthsAcceptAPlateTheDefaultsRefuse() {
        assertThatThrownBy(() -> DEFAULTS.plates().parse("123456 عب")).isInstanceOf(InvalidPlateException.class);
        CountryAdapter adapter = configured(Map.of(
                "plate-letters", "أ:A, ب:B, ع:E",
                "plate-max-digits", "6",
                "plate-max-letters", "3"));
        VehiclePlate plate = adapter.plates().parse("123456 عب");
        assertThat(plate.lettersArabic()).isEqualTo("عب");
        assertThat(plate.lettersLatin()).isEqualTo("EB");
        assertThat(adapter.plates().parse("EBA 1").lettersArabic()).isEqualTo("عبأ");
        assertThatThrownBy(() -> adapter.plates().parse("12 D")).isInstanceOf(InvalidPlateException.class);
    }

    @Test
    void aPlateLetterTableThatIsNotArabicToLatinIsRefused() {
        assertThatThrownBy(() -> configured(Map.of("plate-letters", "A:B")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("jisr.adapters.om.plate-letters = 'A:B' cannot be used: each plate letter is written arabic:LATIN");
        assertThatThrownBy(() -> configured(Map.of("plate-letters", "ب:B, ب:P"))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> configured(Map.of("plate-letters", "ب:b"))).hasMessageContaining("A-Z");
        assertThatThrownBy(() -> configured(Map.of("plate-max-letters", "two"))).hasMessageContaining("whole number");
    }

    @Test
    void theLongestCivilNumberIsTheOperators() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("123456789"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("length"));
        CountryAdapter adapter = configured(Map.of("civil-id.max-digits", "9"));
        assertThat(adapter.civilIds().parse("0123456789").value()).isEqualTo("123456789");
        assertThatThrownBy(() -> adapter.civilIds().parse("1234567890")).hasMessageContaining("at most 9 digits");
    }

    @Test
    void theRegistryPathDatePatternAndStatusValuesAreTheOperators() throws IOException {
        String reply = golden("rop-reply-valid.xml").replace("15/03/1985", "1985-03-15").replace("30/06/2029", "2029-06-30")
                .replace("cardStatus=\"VALID\"", "cardStatus=\"ACTIVE\"");
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(CIVIL_NUMBER, 200, bytes(reply), TODAY))
                .isInstanceOf(RegistryFormatException.class);

        CountryAdapter adapter = configured(Map.of(
                "registry.path", "/rop/v2/civil-status/{id}",
                "registry.date-pattern", "yyyy-MM-dd",
                "registry.card-status.valid", "VALID,ACTIVE"));
        assertThat(adapter.civilRegistry().lookup(CIVIL_NUMBER).pathAndQuery()).isEqualTo("/rop/v2/civil-status/4231567");
        RegistryAnswer answer = adapter.civilRegistry().read(CIVIL_NUMBER, 200, bytes(reply), TODAY);
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(answer.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 15));
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() throws IOException {
        CountryAdapter adapter = configured(Map.of("plate-max-digits", "6"));
        assertThat(adapter.civilRegistry().lookup(CIVIL_NUMBER).pathAndQuery()).isEqualTo("/rop/civil-status/v1/persons?civilNumber=4231567");
        assertThat(adapter.civilRegistry().read(CIVIL_NUMBER, 200, bytes(golden("rop-reply-valid.xml")), TODAY).cardStatus())
                .isEqualTo(CardStatus.VALID);
        assertThat(adapter.plates().parse("12345 AB").lettersArabic()).isEqualTo("أب");
        assertThatThrownBy(() -> adapter.civilIds().parse("123456789")).isInstanceOf(InvalidCivilIdException.class);
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("plate-pattern", "[0-9]+")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("unknown setting jisr.adapters.om.plate-pattern; known settings: civil-id.max-digits, "
                        + "pension.contribution-path, pension.date-pattern, pension.institution, pension.month-pattern, pension.notice-path, "
                        + "pension.outcome.duplicate, pension.outcome.recorded, pension.outcome.rejected, pension.record.accepted, pension.record.rejected, "
                        + "pension.report.duplicate, pension.report.processed, pension.report.refused, pension.statement-path, plate-letters, "
                        + "plate-max-digits, plate-max-letters, registry.card-status.expired, registry.card-status.revoked, "
                        + "registry.card-status.suspended, registry.card-status.valid, registry.date-pattern, registry.path, "
                        + "traffic.agency, traffic.date-pattern, traffic.notice-path, traffic.outcome.duplicate, traffic.outcome.recorded, "
                        + "traffic.outcome.rejected, traffic.status-path, traffic.status.cancelled, traffic.status.contested, "
                        + "traffic.status.paid, traffic.status.settled");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.om", Map.of("registry.path", "/rop/v2/civil-status/{id}"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.OM ? settings : null).forState(GccState.OM).orElseThrow();
        assertThat(adapter.civilRegistry().lookup(CIVIL_NUMBER).pathAndQuery()).isEqualTo("/rop/v2/civil-status/4231567");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = OmanAdapterSettingsTest.class.getResourceAsStream("/om/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
