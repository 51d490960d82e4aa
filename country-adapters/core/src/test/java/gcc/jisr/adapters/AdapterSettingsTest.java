package gcc.jisr.adapters;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdapterSettingsTest {

    private static AdapterSettings settings(Map<String, String> values) {
        return AdapterSettings.of("jisr.adapters.kw", values);
    }

    @Test
    void anAbsentSettingGivesTheAdaptersDefault() {
        AdapterSettings none = AdapterSettings.none();
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.integer("plate-max-digits", 6, 1, 9)).isEqualTo(6);
        assertThat(none.text("registry.path", "/x")).isEqualTo("/x");
        assertThat(none.list("registry.card-status.valid", List.of("ACTIVE"))).containsExactly("ACTIVE");
    }

    @Test
    void anUnknownKeyIsRefusedNamingItAndEveryKnownKey() {
        AdapterSettings typo = settings(Map.of("plate-patern", "[0-9]+"));
        assertThatThrownBy(() -> typo.requireOnly(Set.of("registry.path", "plate-pattern")))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("unknown setting jisr.adapters.kw.plate-patern; known settings: plate-pattern, registry.path")
                .extracting(e -> ((InvalidAdapterSettingException) e).key()).isEqualTo("jisr.adapters.kw.plate-patern");
    }

    @Test
    void anAdapterWithoutSettingsSaysSoWhenGivenOne() {
        assertThatThrownBy(() -> settings(Map.of("anything", "x")).requireOnly(Set.of()))
                .hasMessageContaining("this adapter has no settings");
    }

    @Test
    void keysAreComparedWithoutCaseButTwoSpellingsOfOneKeyAreRefused() {
        assertThat(settings(Map.of("Plate-Pattern", "x")).has("plate-pattern")).isTrue();
        assertThatThrownBy(() -> settings(Map.of("plate-pattern", "x", "PLATE-PATTERN", "y")))
                .isInstanceOf(InvalidAdapterSettingException.class).hasMessageContaining("given twice");
    }

    @Test
    void aBadValueIsRefusedNamingTheKeyTheValueAndTheReason() {
        AdapterSettings bad = settings(Map.of("plate-max-digits", "six", "plate-pattern", "([0-9]", "limit", "12"));
        assertThatThrownBy(() -> bad.integer("plate-max-digits", 6, 1, 9))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("jisr.adapters.kw.plate-max-digits = 'six' cannot be used: must be a whole number");
        assertThatThrownBy(() -> bad.integer("limit", 6, 1, 9)).hasMessageEndingWith("must be from 1 to 9");
        assertThatThrownBy(() -> bad.pattern("plate-pattern", Pattern.compile("x")))
                .hasMessageStartingWith("jisr.adapters.kw.plate-pattern = '([0-9]' cannot be used: not a regular expression");
    }

    @Test
    void aListIsCommaSeparatedAndRefusesEmptyItems() {
        assertThat(settings(Map.of("codes", " A , B,C ")).list("codes", List.of())).containsExactly("A", "B", "C");
        assertThatThrownBy(() -> settings(Map.of("codes", "A,,B")).list("codes", List.of()))
                .hasMessageContaining("without empty items");
    }

    @Test
    void aChoiceIsOneOfItsAllowedValuesInAnyCase() {
        assertThat(settings(Map.of("civil-id.check-digit", "UNCHECKED")).choice("civil-id.check-digit", "luhn",
                List.of("luhn", "unchecked"))).isEqualTo("unchecked");
        assertThatThrownBy(() -> settings(Map.of("civil-id.check-digit", "off")).choice("civil-id.check-digit", "luhn",
                List.of("luhn", "unchecked"))).hasMessageEndingWith("must be one of luhn, unchecked");
    }

    @Test
    void aReaderThatRefusesTheValueHasItsReasonInTheMessage() {
        assertThatThrownBy(() -> settings(Map.of("registry.path", "no-slash")).get("registry.path", null, RegistryPath::new))
                .hasMessage("jisr.adapters.kw.registry.path = 'no-slash' cannot be used: a registry path starts with '/'");
    }
}
