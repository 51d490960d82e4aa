package gcc.jisr.gateway.config;

import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.CountryAdapters;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jisr.adapters settings as application.yml documents them, bound the way Spring binds JisrProperties. */
class AdapterSettingsByStateTest {

    private static final Bindable<Map<String, Map<String, String>>> ADAPTERS = Bindable.of(ResolvableType.forClassWithGenerics(
            Map.class, ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));

    @Test
    void theCommentedExamplesInApplicationYmlNameEveryKeyOfEveryAdapterWithADefaultItAccepts() throws IOException {
        Map<String, Map<String, String>> documented = bind(documentedExamples());
        CountryAdapters discovered = CountryAdapters.discover();

        assertThat(documented.keySet()).isEqualTo(Set.of("kw", "sa", "ae", "qa", "bh", "om"));
        for (CountryAdapter adapter : discovered.all()) {
            String code = adapter.state().code().toLowerCase(Locale.ROOT);
            assertThat(documented.get(code).keySet()).as("keys documented for %s", code).isEqualTo(adapter.settingKeys());
        }
        CountryAdapters configured = AdapterSettingsByState.of(documented).applyTo(discovered);
        assertThat(configured.forState(GccState.KW).orElseThrow().plates().parse("12/34567").category()).isEqualTo("12");
        assertThat(configured.forState(GccState.BH).orElseThrow().plates().parse("خصوصي ١٢٣").category()).isEqualTo("PRIVATE");
        assertThat(configured.forState(GccState.OM).orElseThrow().plates().parse("12345 AB").lettersArabic()).isEqualTo("أب");
    }

    @Test
    void nestedAndDottedKeysReachTheAdapterAsTheSameSetting() throws IOException {
        Map<String, Map<String, String>> nested = bind("""
                jisr:
                  adapters:
                    om:
                      registry:
                        path: '/rop/v2/people/{id}'
                        card-status:
                          valid: VALID,ACTIVE
                """);
        assertThat(nested.get("om")).containsOnlyKeys("registry.path", "registry.card-status.valid");
        CountryAdapter oman = AdapterSettingsByState.of(nested).applyTo(CountryAdapters.discover()).forState(GccState.OM).orElseThrow();
        assertThat(oman.civilRegistry().lookup(oman.civilIds().parse("4231567")).pathAndQuery()).isEqualTo("/rop/v2/people/4231567");
    }

    @Test
    void aMisspeltKeyStopsTheStartNamingItAndTheKeysTheAdapterKnows() throws IOException {
        Map<String, Map<String, String>> typo = bind("""
                jisr:
                  adapters:
                    kw:
                      plate-patern: '[0-9]+'
                """);
        assertThatThrownBy(() -> AdapterSettingsByState.of(typo).applyTo(CountryAdapters.discover()))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageStartingWith("unknown setting jisr.adapters.kw.plate-patern; known settings: civil-id.check-digit, pension.contribution-path,");
    }

    @Test
    void settingsForNoGccStateOrForAStateWithoutAdapterAreRefused() {
        assertThatThrownBy(() -> AdapterSettingsByState.of(Map.of("ye", Map.of("registry.path", "/x"))))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessage("jisr.adapters.ye: ye is not a GCC state; use one of kw, sa, ae, qa, bh, om");
        assertThatThrownBy(() -> AdapterSettingsByState.of(Map.of("kw", Map.of(), "KW", Map.of()))).hasMessageContaining("given twice");
        CountryAdapters onlyKuwait = new CountryAdapters(List.of(CountryAdapters.discover().forState(GccState.KW).orElseThrow()));
        assertThatThrownBy(() -> AdapterSettingsByState.of(Map.of("om", Map.of("civil-id.max-digits", "9"))).applyTo(onlyKuwait))
                .hasMessageContaining("jisr.adapters.om: no adapter for OM is on the class path");
    }

    /** The commented block under "adapters: {}" in application.yml, uncommented, as YAML under jisr.adapters. */
    private static String documentedExamples() throws IOException {
        String yml;
        try (InputStream in = AdapterSettingsByStateTest.class.getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = yml.lines().toList();
        int start = lines.indexOf("  adapters: {}");
        assertThat(start).as("application.yml has 'adapters: {}' under jisr").isPositive();
        String examples = lines.subList(start + 1, lines.size()).stream()
                .takeWhile(line -> line.startsWith("  #"))
                .map(line -> line.substring(3))
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        return "jisr:\n  adapters:\n" + examples + "\n";
    }

    private static Map<String, Map<String, String>> bind(String yaml) throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
        return new Binder(ConfigurationPropertySources.from(sources.get(0))).bind("jisr.adapters", ADAPTERS).orElse(Map.of());
    }
}
