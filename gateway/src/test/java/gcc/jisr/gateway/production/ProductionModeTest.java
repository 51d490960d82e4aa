package gcc.jisr.gateway.production;

import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.network.LocalGccNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The production profile refuses to start on any development default, naming each one with its fix, before the gateway
 * opens a port or writes a file; with every setting safe it starts. Each gateway here is started for real
 * ({@link JisrGatewayApplication} with command-line settings), in the production profile, with everything safe but the
 * setting under test.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionModeTest {

    static final String KEY_STORE_PASSWORD = "not-the-development-one";

    @TempDir
    static Path pki;

    @TempDir
    Path workDirectory;

    @BeforeAll
    static void installTheGccCasKeyStores() {
        LocalGccNetwork.developmentPki(pki, KEY_STORE_PASSWORD, Clock.systemUTC());
    }

    /** Everything an operator must supply, supplied; application-production.yml does the rest. */
    Map<String, String> safeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "production");
        settings.put("jisr.state", "KW");
        settings.put("jisr.trust.directory", pki.toString());
        settings.put("jisr.trust.password", KEY_STORE_PASSWORD);
        settings.put("spring.datasource.url", "jdbc:h2:file:" + workDirectory.resolve("data").resolve("jisr-KW") + ";MODE=PostgreSQL");
        settings.put("spring.datasource.username", "jisr");
        settings.put("spring.datasource.password", "the-store's-password");
        settings.put("server.port", "0");
        settings.put("server.address", "127.0.0.1");
        settings.put("jisr.partners.port", "0");
        settings.put("jisr.cluster.port", "5801");
        return settings;
    }

    @Test
    void refusesTheDevelopmentPkiAndWritesNothingToTheTrustDirectory() throws Exception {
        Path emptyTrustDirectory = Files.createDirectory(workDirectory.resolve("pki"));

        UnsafeProductionSettings refusal = startFailing(Map.of(
                "jisr.trust.create-development-pki", "true",
                "jisr.trust.directory", emptyTrustDirectory.toString()));

        assertThat(settingsNamed(refusal)).containsExactly("jisr.trust.create-development-pki");
        assertThat(refusal.getMessage()).contains("JISR_TRUST_CREATEDEVELOPMENTPKI");
        try (var written = Files.list(emptyTrustDirectory)) {
            assertThat(written).as("no development CA, no key store").isEmpty();
        }
        assertThat(workDirectory.resolve("data")).as("no database file either").doesNotExist();
    }

    @Test
    void refusesTheDevelopmentKeyStorePasswordWithoutPrintingIt(CapturedOutput output) {
        UnsafeProductionSettings refusal = startFailing(Map.of("jisr.trust.password", "changeit"));

        assertThat(settingsNamed(refusal)).containsExactly("jisr.trust.password");
        assertThat(refusal.getMessage()).contains("JISR_TRUST_PASSWORD").doesNotContain("changeit");
        assertThat(output).doesNotContain("changeit");
    }

    @Test
    void refusesTheSimulators() {
        assertThat(settingsNamed(startFailing(Map.of("jisr.simulators.enabled", "true"))))
                .containsExactly("jisr.simulators.enabled");
    }

    @Test
    void refusesAnH2StoreWithTheDefaultUserAndNoPassword() {
        UnsafeProductionSettings refusal = startFailing(Map.of(
                "spring.datasource.username", "sa", "spring.datasource.password", ""));

        assertThat(settingsNamed(refusal)).containsExactly("spring.datasource.password");
        assertThat(refusal.getMessage()).contains("as user sa").contains("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void refusesAnyH2StoreWithoutAPassword() {
        assertThat(settingsNamed(startFailing(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:production-test", "spring.datasource.password", ""))))
                .containsExactly("spring.datasource.password");
    }

    @Test
    void refusesUnsignedSoapRequests() {
        assertThat(settingsNamed(startFailing(Map.of("jisr.soap.require-signed-requests", "false"))))
                .containsExactly("jisr.soap.require-signed-requests");
    }

    @Test
    void refusesAPlainHttpNationalPortOnEveryInterface() {
        Map<String, String> settings = new LinkedHashMap<>(Map.of("jisr.national.tls.enabled", "false"));
        settings.put("server.address", "");

        UnsafeProductionSettings refusal = startFailing(settings);

        assertThat(settingsNamed(refusal)).containsExactly("jisr.national.tls.enabled");
        assertThat(refusal.getMessage()).contains("unset (every interface)");
    }

    @Test
    void refusesAPlainHttpNationalPortOnANetworkAddress() {
        assertThat(settingsNamed(startFailing(Map.of("jisr.national.tls.enabled", "false", "server.address", "0.0.0.0"))))
                .containsExactly("jisr.national.tls.enabled");
    }

    @Test
    void refusesAPlainHttpManagementPortOffLoopback() {
        assertThat(settingsNamed(startFailing(Map.of("jisr.management.port", "9090",
                "jisr.management.tls.enabled", "false", "jisr.management.address", "10.20.0.11"))))
                .containsExactly("jisr.management.tls.enabled");
    }

    @Test
    void refusesAHazelcastMemberOnTheNetworkWithoutItsMemberList() {
        UnsafeProductionSettings refusal = startFailing(Map.of("jisr.cluster.address", "10.20.0.11"));

        assertThat(settingsNamed(refusal)).containsExactly("jisr.cluster.members");
        assertThat(refusal.getMessage()).contains("JISR_CLUSTER_MEMBERS");
    }

    @Test
    void refusesAHazelcastMemberOnEveryInterface() {
        assertThat(settingsNamed(startFailing(Map.of("jisr.cluster.address", "0.0.0.0",
                "jisr.cluster.members", "10.20.0.12:5701"))))
                .containsExactly("jisr.cluster.address");
    }

    @Test
    void listsEveryDevelopmentDefaultAtOnceAsAFailureReportRatherThanAStackTrace(CapturedOutput output) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("jisr.trust.create-development-pki", "true");
        defaults.put("jisr.trust.password", "changeit");
        defaults.put("jisr.simulators.enabled", "true");
        defaults.put("spring.datasource.password", "");
        defaults.put("jisr.soap.require-signed-requests", "false");
        defaults.put("jisr.national.tls.enabled", "false");
        defaults.put("server.address", "");
        defaults.put("jisr.management.tls.enabled", "false");
        defaults.put("jisr.management.address", "0.0.0.0");
        defaults.put("jisr.cluster.address", "10.20.0.11");

        UnsafeProductionSettings refusal = startFailing(defaults);

        assertThat(settingsNamed(refusal)).containsExactly("jisr.trust.create-development-pki", "jisr.trust.password",
                "jisr.simulators.enabled", "spring.datasource.password", "jisr.soap.require-signed-requests",
                "jisr.national.tls.enabled", "jisr.management.tls.enabled", "jisr.cluster.members");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("8 settings are development defaults")
                .contains("fix: set jisr.trust.password (JISR_TRUST_PASSWORD) to the key stores' password")
                .doesNotContain("at gcc.jisr.gateway.production.ProductionSafety");
    }

    @Test
    void startsWhenEverySettingIsSafeAndKeepsItsStoreDirectoryToItsOwner() {
        try (ConfigurableApplicationContext gateway = start(Map.of())) {
            assertThat(gateway.isRunning()).isTrue();
            Path data = workDirectory.resolve("data");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(data.resolve("jisr-KW.mv.db")).exists();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ConfigurableApplicationContext start(Map<String, String> overrides) {
        Map<String, String> settings = safeSettings();
        settings.putAll(overrides);
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(JisrGatewayApplication.class).run(arguments);
    }

    private UnsafeProductionSettings startFailing(Map<String, String> overrides) {
        UnsafeProductionSettings refusal = catchThrowableOfType(UnsafeProductionSettings.class, () -> start(overrides).close());
        assertThat(refusal).as("the gateway refused to start").isNotNull();
        return refusal;
    }

    private static List<String> settingsNamed(UnsafeProductionSettings refusal) {
        return refusal.settings().stream().map(UnsafeSetting::setting).toList();
    }
}
