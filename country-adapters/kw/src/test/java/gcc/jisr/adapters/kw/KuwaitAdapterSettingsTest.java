package gcc.jisr.adapters.kw;

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

class KuwaitAdapterSettingsTest {

    private static final CivilId CIVIL_ID = new CivilId(GccState.KW, "285010100015");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final KuwaitAdapter DEFAULTS = new KuwaitAdapter(Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), KuwaitAdapter.ZONE));

    private static KuwaitAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.kw", settings));
    }

    @Test
    void aConfiguredPlatePatternAcceptsAPlateTheDefaultRefuses() {
        assertThatThrownBy(() -> DEFAULTS.plates().parse("123/4567")).isInstanceOf(InvalidPlateException.class);
        KuwaitAdapter threeDigitCodes = configured(Map.of("plate-pattern", "(?<code>[0-9]{1,3})\\s*/\\s*(?<number>[0-9]{1,5})"));
        assertThat(threeDigitCodes.plates().parse("١٢٣/٤٥٦٧").category()).isEqualTo("123");
        assertThat(threeDigitCodes.plates().parse("123/4567").number()).isEqualTo("4567");
    }

    @Test
    void aPlatePatternWithoutItsNamedGroupsIsRefused() {
        assertThatThrownBy(() -> configured(Map.of("plate-pattern", "([0-9]{1,2})/([0-9]{1,5})")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("jisr.adapters.kw.plate-pattern = '([0-9]{1,2})/([0-9]{1,5})' cannot be used")
                .hasMessageContaining("(?<code>...)");
    }

    @Test
    void theCheckDigitCanBeSwitchedOff() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("285010100016"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("check-digit"));
        CountryAdapter unchecked = configured(Map.of("civil-id.check-digit", "unchecked"));
        assertThat(unchecked.civilIds().parse("285010100016").value()).isEqualTo("285010100016");
        assertThatThrownBy(() -> unchecked.civilIds().parse("485010100016"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("century"));
    }

    @Test
    void theRegistryPathDatePatternStatusCodesAndNamePartsAreTheOperators() throws IOException {
        String iso = golden().replace("01/01/1985", "1985-01-01").replace("30/06/2029", "2029-06-30")
                .replace("<Status>ACTIVE</Status>", "<Status>WITHDRAWN</Status>");
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(CIVIL_ID, 200, bytes(iso), TODAY)).isInstanceOf(RegistryFormatException.class);

        KuwaitAdapter adapter = configured(Map.of(
                "registry.path", "/paci/v3/people/{id}?view=card",
                "registry.date-pattern", "yyyy-MM-dd",
                "registry.card-status.revoked", "CANCELLED, WITHDRAWN",
                "registry.name-parts", "First,Family"));
        assertThat(adapter.civilRegistry().lookup(CIVIL_ID).pathAndQuery()).isEqualTo("/paci/v3/people/285010100015?view=card");
        RegistryAnswer answer = adapter.civilRegistry().read(CIVIL_ID, 200, bytes(iso), TODAY);
        assertThat(answer.cardStatus()).isEqualTo(CardStatus.REVOKED);
        assertThat(answer.cardExpiry()).contains(LocalDate.of(2029, 6, 30));
        assertThat(answer.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(answer.person().orElseThrow().fullNameLatin()).isEqualTo("Mohammed Al-Sabah");
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() throws IOException {
        KuwaitAdapter adapter = configured(Map.of("civil-id.check-digit", "weighted-mod-11"));
        assertThat(adapter.civilRegistry().lookup(CIVIL_ID).pathAndQuery()).isEqualTo("/paci/civil-registry/v2/persons/285010100015");
        assertThat(adapter.civilRegistry().read(CIVIL_ID, 200, bytes(golden()), TODAY).cardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(adapter.plates().parse("12/34567").category()).isEqualTo("12");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("plate-patern", "x")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting jisr.adapters.kw.plate-patern; known settings: civil-id.check-digit, "
                        + "pension.contribution-path, pension.date-pattern, pension.institution, pension.month-pattern, pension.notice-path, "
                        + "pension.outcome.duplicate, pension.outcome.recorded, pension.outcome.rejected, pension.record.accepted, pension.record.rejected, "
                        + "pension.report.duplicate, pension.report.processed, pension.report.refused, pension.statement-path, plate-pattern, ")
                .hasMessageContaining("registry.card-status.revoked")
                .hasMessageContaining("registry.name-parts");
        assertThat(DEFAULTS.settingKeys()).containsExactlyInAnyOrder("civil-id.check-digit", "plate-pattern", "registry.path",
                "registry.date-pattern", "registry.card-status.valid", "registry.card-status.expired",
                "registry.card-status.revoked", "registry.card-status.suspended", "registry.name-parts", "traffic.date-pattern",
                "traffic.notice-path", "traffic.status-path", "traffic.agency",
                "traffic.outcome.recorded", "traffic.outcome.duplicate", "traffic.outcome.rejected", "traffic.status.paid",
                "traffic.status.contested", "traffic.status.cancelled", "traffic.status.settled",
                "pension.contribution-path", "pension.date-pattern", "pension.institution", "pension.month-pattern", "pension.notice-path", "pension.outcome.duplicate", "pension.outcome.recorded", "pension.outcome.rejected", "pension.record.accepted", "pension.record.rejected", "pension.report.duplicate", "pension.report.processed", "pension.report.refused", "pension.statement-path");
    }

    @Test
    void aBadValueIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> configured(Map.of("registry.path", "/paci/persons"))).hasMessageContaining("jisr.adapters.kw.registry.path");
        assertThatThrownBy(() -> configured(Map.of("registry.date-pattern", "dd/MM/yy"))).hasMessageContaining("registry.date-pattern");
        assertThatThrownBy(() -> configured(Map.of("civil-id.check-digit", "luhn"))).hasMessageContaining("weighted-mod-11, unchecked");
        assertThatThrownBy(() -> configured(Map.of("registry.name-parts", "First,<Family>"))).hasMessageContaining("XML element name");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.kw", Map.of("plate-pattern", "(?<code>[0-9]{1,3})-(?<number>[0-9]{1,5})"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.KW ? settings : null).forState(GccState.KW).orElseThrow();
        assertThat(adapter.plates().parse("123-45").category()).isEqualTo("123");
    }

    private static String golden() throws IOException {
        try (InputStream in = KuwaitAdapterSettingsTest.class.getResourceAsStream("/golden/paci-person-inquiry-active.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
