package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.Sex;
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

class EmiratesAdapterSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final CivilId IDN = new CivilId(GccState.AE, "784198512345673");
    private static final EmiratesAdapter DEFAULTS = new EmiratesAdapter(Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), EmiratesAdapter.ZONE));

    private static EmiratesAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.ae", settings));
    }

    @Test
    void anEmiratesConfiguredCodesAcceptAPlateTheDefaultRefuses() {
        assertThatThrownBy(() -> DEFAULTS.plates().parse("DXB AAA 12345")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> DEFAULTS.plates().parse("SHJ 12 4567")).isInstanceOf(InvalidPlateException.class);
        CountryAdapter adapter = configured(Map.of("plate-codes.dxb", "letters:[A-Z]{1,3}", "plate-codes.shj", "numbers:1-20"));
        assertThat(adapter.plates().parse("DXB AAA 12345").lettersLatin()).isEqualTo("AAA");
        assertThat(adapter.plates().parse("SHJ 12 4567").category()).isEqualTo("12");
        assertThat(adapter.plates().parse("AD 50 1").category()).isEqualTo("50");
    }

    @Test
    void aPlateCodeSchemeThatIsNeitherLettersNorNumbersIsRefused() {
        assertThatThrownBy(() -> configured(Map.of("plate-codes.ajm", "A-Z")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("jisr.adapters.ae.plate-codes.ajm = 'A-Z' cannot be used: a plate code scheme is letters:");
        assertThatThrownBy(() -> configured(Map.of("plate-codes.ad", "numbers:50-1"))).hasMessageContaining("plate-codes.ad");
        assertThatThrownBy(() -> configured(Map.of("plate-codes.dxb", "letters:[A-Z"))).hasMessageContaining("not a regular expression");
    }

    @Test
    void theLuhnCheckCanBeSwitchedOffButNotTheUaePrefix() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("784198512345674")).isInstanceOf(InvalidCivilIdException.class);
        CountryAdapter unchecked = configured(Map.of("civil-id.check-digit", "unchecked"));
        assertThat(unchecked.civilIds().parse("784-1985-1234567-4").value()).isEqualTo("784198512345674");
        assertThatThrownBy(() -> unchecked.civilIds().parse("785198512345674"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("prefix"));
    }

    @Test
    void theRegistryPathDatePatternAndStatusCodesAreTheOperators() throws IOException {
        String answer = golden("valid").replace("14/03/1985", "1985-03-14").replace("30/06/2028", "2028-06-30")
                .replace("CardStatus=ACTIVE", "CardStatus=WITHDRAWN");
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(IDN, 200, bytes(answer), TODAY)).isInstanceOf(RegistryFormatException.class);

        CountryAdapter adapter = configured(Map.of(
                "registry.path", "/icp/v2/identity",
                "registry.date-pattern", "yyyy-MM-dd",
                "registry.card-status.revoked", "CANCELLED,LOST,WITHDRAWN"));
        assertThat(adapter.civilRegistry().lookup(IDN).pathAndQuery()).isEqualTo("/icp/v2/identity");
        RegistryAnswer read = adapter.civilRegistry().read(IDN, 200, bytes(answer), TODAY);
        assertThat(read.cardStatus()).isEqualTo(CardStatus.REVOKED);
        assertThat(read.cardExpiry()).contains(LocalDate.of(2028, 6, 30));
        assertThat(read.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
    }

    @Test
    void theConfiguredDatePatternIsAlsoTheOneTheSimulatorSideWrites() {
        IcpRegistryFormat iso = new IcpRegistryFormat().configured(AdapterSettings.of("jisr.adapters.ae", Map.of("registry.date-pattern", "yyyy-MM-dd")));
        IcpIdentity identity = new IcpIdentity("784198512345673", null, "Test Person", LocalDate.of(1985, 3, 14),
                Sex.MALE, "ARE", IcpCardStatus.ACTIVE, LocalDate.of(2028, 6, 30));
        assertThat(new String(iso.answer(identity), StandardCharsets.UTF_8)).contains("DateOfBirth=1985-03-14");
        assertThat(iso.read(IDN, 200, iso.answer(identity), TODAY).cardStatus()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() throws IOException {
        CountryAdapter adapter = configured(Map.of("plate-codes.dxb", "letters:[A-Z]{1,2}"));
        assertThat(adapter.civilRegistry().lookup(IDN).pathAndQuery()).isEqualTo(IcpRegistryFormat.INQUIRY_PATH);
        assertThat(adapter.civilRegistry().read(IDN, 200, bytes(golden("valid")), TODAY).cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(adapter.plates().parse("AD 16 4567").category()).isEqualTo("16");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("plate-codes.dubai", "letters:[A-Z]")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting jisr.adapters.ae.plate-codes.dubai; known settings: civil-id.check-digit, "
                        + "pension.contribution-path, pension.date-pattern, pension.institution, pension.month-pattern, pension.notice-path, "
                        + "pension.outcome.duplicate, pension.outcome.recorded, pension.outcome.rejected, pension.record.accepted, pension.record.rejected, "
                        + "pension.report.duplicate, pension.report.processed, pension.report.refused, pension.statement-path, "
                        + "plate-codes.ad, plate-codes.ajm, plate-codes.dxb, plate-codes.fuj, plate-codes.rak, plate-codes.shj, "
                        + "plate-codes.uaq, registry.card-status.expired");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.ae", Map.of("plate-codes.fuj", "letters:[A-Z]{1,2}"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.AE ? settings : null).forState(GccState.AE).orElseThrow();
        assertThat(adapter.plates().parse("FUJ AB 123").lettersLatin()).isEqualTo("AB");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EmiratesAdapterSettingsTest.class.getResourceAsStream("/icp/identity-inquiry-" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
