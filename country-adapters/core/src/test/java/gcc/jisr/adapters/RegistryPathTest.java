package gcc.jisr.adapters;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryPathTest {

    private static final CivilId ID = new CivilId(GccState.OM, "4231567");

    @Test
    void putsTheCivilIdWhereTheTemplateSays() {
        assertThat(RegistryPath.withId("/rop/v2/people/{id}").expand(ID)).isEqualTo("/rop/v2/people/4231567");
        assertThat(RegistryPath.withId("/rop/people?number={id}&v=2").expand(ID)).isEqualTo("/rop/people?number=4231567&v=2");
        assertThat(RegistryPath.withoutId("/cio/cpr/v2/inquiry").expand(ID)).isEqualTo("/cio/cpr/v2/inquiry");
    }

    @Test
    void aRegistryAskedByPathNeedsThePlaceholderAndOneAskedByBodyMustNotHaveIt() {
        assertThatThrownBy(() -> RegistryPath.withId("/rop/people")).hasMessageContaining("{id}");
        assertThatThrownBy(() -> RegistryPath.withoutId("/nic/{id}")).hasMessageContaining("request body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rop/people/{id}", "/rop/people /{id}", "/rop/{id}/{id}", "/rop/{civilNumber}", "/rop/{id"})
    void refusesTemplatesThatAreNoPath(String template) {
        assertThatThrownBy(() -> new RegistryPath(template)).isInstanceOf(IllegalArgumentException.class);
    }
}
