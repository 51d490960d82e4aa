package gcc.jisr.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin login's defences over real HTTPS on the management port from several loopback addresses, each standing for one caller: an address
 * that keeps failing is throttled before any password is compared while the same operator logs in from another, a
 * name locked at one address is not locked at another, and a claimed name cannot forge audit lines.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.state=KW",
        "jisr.admin.lockout.max-failures=3",
        "jisr.admin.lockout.duration=10m",
        "jisr.admin.login-throttle.max-failures=5",
        "jisr.admin.login-throttle.window=10m"})
class AdminLoginApplicationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROUTES = "/admin/api/v1/routes";

    @DynamicPropertySource
    static void operators(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String[][] operators = {{"amal", "admin-secret-1", "ADMIN"}, {"omar", "operator-secret-2", "OPERATOR"},
                {"lina", "lockout-secret-5", "OPERATOR"}};
        for (int i = 0; i < operators.length; i++) {
            String[] o = operators[i];
            String hash = bcrypt.encode(o[1]);
            registry.add("jisr.admin.users[" + i + "].name", () -> o[0]);
            registry.add("jisr.admin.users[" + i + "].password-hash", () -> hash);
            registry.add("jisr.admin.users[" + i + "].roles", () -> o[2]);
        }
    }

    @Autowired
    SurfacePorts ports;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAddressThatKeepsFailingIsThrottledBeforeAnyPasswordIsComparedWhileTheOperatorLogsInElsewhere() throws Exception {
        String attacker = "127.0.0.3";
        for (int i = 1; i <= 5; i++) {
            assertCode(get(attacker, basic("guess-" + i, "wrong")), 401, "JISR-401-AUTHENTICATION");
        }
        double checked = passwordChecks();

        LoopbackHttp.Answer throttled = get(attacker, basic("omar", "wrong again"));
        assertCode(throttled, 429, "JISR-429-LOGIN-THROTTLED");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        // Even the right password: the address is refused, whatever it sends.
        assertCode(get(attacker, basic("omar", "operator-secret-2")), 429, "JISR-429-LOGIN-THROTTLED");
        assertCode(get(attacker, basic("guess-6", "wrong")), 429, "JISR-429-LOGIN-THROTTLED");

        assertThat(passwordChecks()).as("bcrypt comparisons while throttled").isEqualTo(checked);
        assertThat(get("127.0.0.1", basic("omar", "operator-secret-2")).status()).isEqualTo(200);
        List<JsonNode> throttledEntries = audit("action=LOGIN").stream()
                .filter(e -> e.path("outcome").asText().equals("JISR-429-LOGIN-THROTTLED")).toList();
        assertThat(throttledEntries).as("one audit entry per throttle episode").hasSize(1)
                .allSatisfy(e -> assertThat(e.path("remoteAddress").asText()).isEqualTo(attacker));
    }

    @Test
    void aNameLockedAtOneAddressStillLogsInFromAnother() throws Exception {
        String guesser = "127.0.0.2";
        assertCode(get(guesser, basic("lina", "a")), 401, "JISR-401-AUTHENTICATION");
        assertCode(get(guesser, basic("lina", "b")), 401, "JISR-401-AUTHENTICATION");
        assertCode(get(guesser, basic("lina", "c")), 423, "JISR-423-LOCKED");
        assertCode(get(guesser, basic("lina", "lockout-secret-5")), 423, "JISR-423-LOCKED");

        assertThat(get("127.0.0.1", basic("lina", "lockout-secret-5")).status()).isEqualTo(200);
    }

    @Test
    void aClaimedNameWithLineBreaksAndABidiOverrideMakesOneEscapedAuditEntryAndLogLine(CapturedOutput output) throws Exception {
        String forged = "mallory\r\n2026-01-01 INFO jisr.audit operator action=ROUTE_STOP outcome=DONE who=[amal]\u202Egnp.exe";
        assertCode(get("127.0.0.4", basic(forged, "wrong")), 401, "JISR-401-AUTHENTICATION");

        String escaped = "mallory\\r\\n2026-01-01 INFO jisr.audit operator action=ROUTE_STOP outcome=DONE who=[amal]\\u202Egnp.exe";
        List<JsonNode> entries = audit("action=LOGIN").stream()
                .filter(e -> e.path("username").asText().startsWith("mallory")).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("username").asText()).isEqualTo(escaped);
        // The audit line is written before the answer leaves.
        assertThat(output.getOut().lines().filter(l -> l.contains("mallory"))).singleElement().satisfies(line -> {
            assertThat(line).contains("who=[" + escaped + "]");
            assertThat(line).doesNotContain("\u202E");
        });
        assertThat(output.getOut()).doesNotContain("gnp.exe\n").doesNotContain("\n2026-01-01 INFO jisr.audit");
    }

    double passwordChecks() {
        return meters.get("jisr.admin.login.password.checks").counter().count();
    }

    List<JsonNode> audit(String query) throws Exception {
        LoopbackHttp.Answer answer = get("127.0.0.1", "/admin/api/v1/audit?" + query + "&limit=500", basic("amal", "admin-secret-1"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(answer.body()).path("entries").forEach(entries::add);
        return entries;
    }

    LoopbackHttp.Answer get(String from, String authorization) throws Exception {
        return get(from, ROUTES, authorization);
    }

    LoopbackHttp.Answer get(String from, String path, String authorization) throws Exception {
        return LoopbackHttp.get(from, ports.managementPort().orElseThrow(), path, authorization);
    }

    static void assertCode(LoopbackHttp.Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo(code);
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
