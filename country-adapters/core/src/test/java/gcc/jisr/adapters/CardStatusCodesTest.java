package gcc.jisr.adapters;

import gcc.jisr.contracts.civilid.v1.CardStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardStatusCodesTest {

    private enum RegistryStatus {
        ACTIVE(CardStatus.VALID), EXPIRED(CardStatus.EXPIRED), CANCELLED(CardStatus.REVOKED), LOST(CardStatus.REVOKED),
        BLOCKED(CardStatus.SUSPENDED);

        private final CardStatus canonical;

        RegistryStatus(CardStatus canonical) {
            this.canonical = canonical;
        }
    }

    private static final CardStatusCodes DEFAULTS = CardStatusCodes.of(RegistryStatus.values(), Enum::name, s -> s.canonical);

    private static AdapterSettings settings(Map<String, String> values) {
        return AdapterSettings.of("jisr.adapters.ae", values);
    }

    @Test
    void readsEachCodeOfARegistrysEnumerationAsItsCanonicalStatus() {
        assertThat(DEFAULTS.canonical("LOST")).contains(CardStatus.REVOKED);
        assertThat(DEFAULTS.canonical("BLOCKED")).contains(CardStatus.SUSPENDED);
        assertThat(DEFAULTS.canonical("active")).isEmpty();
        assertThat(DEFAULTS.codes(CardStatus.REVOKED)).containsExactly("CANCELLED", "LOST");
    }

    @Test
    void aConfiguredListReplacesTheCodesOfItsStatusOnly() {
        CardStatusCodes configured = DEFAULTS.configured(
                settings(Map.of("registry.card-status.revoked", "CANCELLED, LOST, WITHDRAWN")), "registry.card-status", c -> c);
        assertThat(configured.canonical("WITHDRAWN")).contains(CardStatus.REVOKED);
        assertThat(configured.canonical("ACTIVE")).contains(CardStatus.VALID);
        assertThat(DEFAULTS.canonical("WITHDRAWN")).isEmpty();
    }

    @Test
    void aCodeThatWouldStandForTwoStatusesIsRefusedNamingBothSettings() {
        assertThatThrownBy(() -> DEFAULTS.configured(settings(Map.of("registry.card-status.suspended", "BLOCKED,LOST")),
                "registry.card-status", c -> c))
                .isInstanceOf(InvalidAdapterSettingException.class)
                .hasMessageContaining("jisr.adapters.ae.registry.card-status.suspended")
                .hasMessageContaining("LOST also stands for REVOKED by default; set jisr.adapters.ae.registry.card-status.revoked as well");
        CardStatusCodes moved = DEFAULTS.configured(settings(Map.of("registry.card-status.suspended", "BLOCKED,LOST",
                "registry.card-status.revoked", "CANCELLED")), "registry.card-status", c -> c);
        assertThat(moved.canonical("LOST")).contains(CardStatus.SUSPENDED);
    }

    @Test
    void aCodeTheRegistrysFormatCannotCarryIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.configured(settings(Map.of("registry.card-status.valid", "AB")), "registry.card-status",
                c -> {
                    if (c.length() != 1) {
                        throw new IllegalArgumentException("one character");
                    }
                    return c;
                })).hasMessage("jisr.adapters.ae.registry.card-status.valid = 'AB' cannot be used: one character");
    }

    @Test
    void notFoundIsNoCardStatusARegistryWrites() {
        assertThatThrownBy(() -> CardStatusCodes.of(Map.of(CardStatus.NOT_FOUND, List.of("X"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CardStatusCodes.settingKeys("registry.card-status")).containsExactlyInAnyOrder(
                "registry.card-status.valid", "registry.card-status.expired", "registry.card-status.revoked",
                "registry.card-status.suspended");
    }
}
