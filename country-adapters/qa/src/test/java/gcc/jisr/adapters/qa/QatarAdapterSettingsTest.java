package gcc.jisr.adapters.qa;

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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QatarAdapterSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final String HEADER = "QID,NAME_AR,NAME_EN,DATE_OF_BIRTH,GENDER,NATIONALITY,QID_STATUS,QID_EXPIRY\r\n";
    private static final QatarAdapter DEFAULTS = new QatarAdapter(QatarIdRulesTest.CLOCK);

    private static QatarAdapter configured(Map<String, String> settings) {
        return DEFAULTS.configured(AdapterSettings.of("jisr.adapters.qa", settings));
    }

    @Test
    void anAddedNationalityMakesItsQidsValidAndItsRegistryRowsReadable() {
        assertThatThrownBy(() -> DEFAULTS.civilIds().parse("28559100001"))
                .isInstanceOfSatisfying(InvalidCivilIdException.class, e -> assertThat(e.rule()).isEqualTo("nationality"));
        CountryAdapter adapter = configured(Map.of("civil-id.extra-nationalities", "591:PAN, 068:BOL"));
        CivilId qid = adapter.civilIds().parse("28559100001");
        byte[] answer = (HEADER + "28559100001,,Ana Perez,14-03-1985,2,591,ACTIVE,30-06-2028\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(adapter.civilRegistry().read(qid, 200, answer, TODAY).person().orElseThrow().nationality()).isEqualTo("PAN");
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(qid, 200, answer, TODAY)).isInstanceOf(RegistryFormatException.class);
        assertThat(adapter.civilIds().parse("28563401234").value()).isEqualTo("28563401234");
    }

    @Test
    void anAddedNationalityCannotRenameAnIsoCodeTheTableHolds() {
        assertThatThrownBy(() -> configured(Map.of("civil-id.extra-nationalities", "634:XXX")))
                .isInstanceOf(InvalidAdapterSettingException.class).hasMessageContaining("634 is already QAT");
        assertThatThrownBy(() -> configured(Map.of("civil-id.extra-nationalities", "591-PAN")))
                .hasMessageContaining("jisr.adapters.qa.civil-id.extra-nationalities").hasMessageContaining("numeric:alpha-3");
    }

    @Test
    void aConfiguredNumberPatternAcceptsAPlateTheDefaultRefusesAndACategorysOwnPatternWins() {
        assertThatThrownBy(() -> DEFAULTS.plates().parse("1234567")).isInstanceOf(InvalidPlateException.class);
        CountryAdapter adapter = configured(Map.of("plate-number-pattern", "[1-9][0-9]{0,6}",
                "plate-number-pattern.taxi", "[1-9][0-9]{0,3}"));
        assertThat(adapter.plates().parse("1234567").number()).isEqualTo("1234567");
        assertThat(adapter.plates().parse("LIMOUSINE 1234567").category()).isEqualTo("LIMOUSINE");
        assertThat(adapter.plates().parse("TAXI 1234").category()).isEqualTo("TAXI");
        assertThatThrownBy(() -> adapter.plates().parse("TAXI 12345")).isInstanceOf(InvalidPlateException.class);
        assertThat(configured(Map.of("plate-number-pattern.heavy-equipment", "[1-9][0-9]{0,7}")).plates()
                .parse("HEAVY EQUIPMENT 12345678").number()).isEqualTo("12345678");
    }

    @Test
    void theRegistryPathDatePatternAndStatusCodesAreTheOperators() {
        CivilId qid = new CivilId(GccState.QA, "28563401234");
        byte[] answer = (HEADER + "28563401234,,Hamad Al Thani,14/03/1985,1,634,BLOCKED,30/06/2028\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DEFAULTS.civilRegistry().read(qid, 200, answer, TODAY)).isInstanceOf(RegistryFormatException.class);

        CountryAdapter adapter = configured(Map.of(
                "registry.path", "/moi/v2/qid?number={id}&format=csv",
                "registry.date-pattern", "dd/MM/yyyy",
                "registry.card-status.suspended", "ON_HOLD, BLOCKED"));
        assertThat(adapter.civilRegistry().lookup(qid).pathAndQuery()).isEqualTo("/moi/v2/qid?number=28563401234&format=csv");
        RegistryAnswer read = adapter.civilRegistry().read(qid, 200, answer, TODAY);
        assertThat(read.cardStatus()).isEqualTo(CardStatus.SUSPENDED);
        assertThat(read.cardExpiry()).contains(LocalDate.of(2028, 6, 30));
        assertThat(read.person().orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
    }

    @Test
    void aSettingNotGivenKeepsItsDefault() {
        CivilId qid = new CivilId(GccState.QA, "28563401234");
        CountryAdapter adapter = configured(Map.of("plate-number-pattern.taxi", "[1-9][0-9]{0,3}"));
        assertThat(adapter.civilRegistry().lookup(qid).pathAndQuery()).isEqualTo("/moi/qid-inquiry/v1/persons.csv?qid=28563401234");
        assertThat(adapter.plates().parse("123456").number()).isEqualTo("123456");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThisAdapterKnows() {
        assertThatThrownBy(() -> configured(Map.of("plate-number-pattern.bus", "[0-9]+")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting jisr.adapters.qa.plate-number-pattern.bus; known settings: "
                        + "civil-id.extra-nationalities, "
                        + "pension.contribution-path, pension.date-pattern, pension.institution, pension.month-pattern, pension.notice-path, "
                        + "pension.outcome.duplicate, pension.outcome.recorded, pension.outcome.rejected, pension.record.accepted, pension.record.rejected, "
                        + "pension.report.duplicate, pension.report.processed, pension.report.refused, pension.statement-path, plate-number-pattern, plate-number-pattern.diplomatic, ")
                .hasMessageContaining("plate-number-pattern.heavy-equipment")
                .hasMessageContaining("registry.path");
        assertThatThrownBy(() -> configured(Map.of("registry.path", "/moi/qid"))).hasMessageContaining("{id}");
    }

    @Test
    void theServiceLoadedAdapterTakesItsStatesSettings() {
        AdapterSettings settings = AdapterSettings.of("jisr.adapters.qa", Map.of("civil-id.extra-nationalities", "591:PAN"));
        CountryAdapter adapter = CountryAdapters.discover(state -> state == GccState.QA ? settings : null).forState(GccState.QA).orElseThrow();
        assertThat(adapter.civilIds().parse("28559100001").value()).isEqualTo("28559100001");
    }
}
